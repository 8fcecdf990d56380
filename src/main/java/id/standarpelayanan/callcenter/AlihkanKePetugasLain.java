package id.standarpelayanan.callcenter;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A call not picked up within three rings goes to the other officer (the standard has two). When
 * it rang at the whole group, or there is no other officer, it keeps ringing at the group.
 */
@Component("alihkanKePetugasLain")
public class AlihkanKePetugasLain implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String ringing = (String) execution.getVariable(CallCenter.PETUGAS_DERING);
    String other = null;
    if (ringing != null) {
      other = execution.getProcessEngineServices().getIdentityService().createUserQuery()
          .memberOfGroup(CallCenter.GROUP).orderByUserId().asc().list().stream()
          .map(User::getId).filter(id -> !Objects.equals(id, ringing)).findFirst().orElse(null);
    }
    execution.setVariable(CallCenter.PETUGAS_DERING, other);
    execution.setVariable(CallCenter.DIALIHKAN, true);
  }
}
