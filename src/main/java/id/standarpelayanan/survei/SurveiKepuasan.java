package id.standarpelayanan.survei;

import java.security.SecureRandom;
import java.util.Base64;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Issues the survey token of a finished service, from the end event of a served call or report:
 * {@code ${surveiKepuasan.terbitkan(execution)}}. The token (a process variable {@code tokenSurvei},
 * given to the citizen as the link {@code /api/survei/{token}}) can be answered once, without login.
 */
@Component("surveiKepuasan")
public class SurveiKepuasan {

  public static final String TOKEN_VARIABLE = "tokenSurvei";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SurveiRepository repository;

  public SurveiKepuasan(SurveiRepository repository) {
    this.repository = repository;
  }

  public void terbitkan(DelegateExecution execution) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    repository.issue(token, processKey, execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        MutuBaku.now());
    execution.setVariable(TOKEN_VARIABLE, token);
  }
}
