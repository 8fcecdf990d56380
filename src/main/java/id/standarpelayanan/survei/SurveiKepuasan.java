package id.standarpelayanan.survei;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.KunciAplikasi;
import id.standarpelayanan.security.SecretCode;

/**
 * The one-time survey code of a finished service (PermenPANRB 14/2017), answered without login at
 * {@code /survei/{code}}. The code is 12 characters (60 bits) derived from the service instance
 * with the application's secret key (HMAC-SHA-256), so it can be shown again to the one who may
 * see it (the reporter on the tracking page, the clerk at a call's closing step) without being
 * stored: the table keeps only its SHA-256, and the engine's variables never hold it.
 *
 * <p>Issued from the end event of a served call or report:
 * {@code ${surveiKepuasan.terbitkan(execution)}}, or when a clerk shows it at the closing step.
 */
@Component("surveiKepuasan")
public class SurveiKepuasan {

  static final int LENGTH = 12;
  private static final String KEY = "survei";

  private final SurveiRepository repository;
  private final KunciAplikasi keys;

  public SurveiKepuasan(SurveiRepository repository, KunciAplikasi keys) {
    this.repository = repository;
    this.keys = keys;
  }

  public void terbitkan(DelegateExecution execution) {
    terbitkan(((ExecutionEntity) execution).getProcessDefinition().getKey(), execution.getProcessInstanceId(),
        execution.getProcessBusinessKey());
  }

  /** Issues the instance's survey code (once; again gives the same code) and returns it, grouped. */
  public String terbitkan(String processKey, String processInstanceId, String businessKey) {
    String code = codeOf(processInstanceId);
    repository.issueOnce(SecretCode.hash(code), processKey, processInstanceId, businessKey, MutuBaku.now());
    return SecretCode.grouped(code);
  }

  /** The survey page of the instance, once its code was issued. */
  public Optional<String> tautan(String processInstanceId) {
    String code = codeOf(processInstanceId);
    return repository.find(SecretCode.hash(code)).map(issued -> "/survei/" + SecretCode.grouped(code));
  }

  /** What is stored for a code as a person typed it (a code issued before V5 was stored the same way). */
  static String hashOf(String typed) {
    return SecretCode.hash(SecretCode.normalize(typed, LENGTH).orElse(typed));
  }

  private String codeOf(String processInstanceId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keys.kunci(KEY), "HmacSHA256"));
      return SecretCode.encode(mac.doFinal(("survei:" + processInstanceId).getBytes(StandardCharsets.UTF_8)), LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }
}
