package id.standarpelayanan.callcenter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A call in which any question was a complaint is an aduan, even when later questions were not:
 * the mark is set once and kept, for SP4N-LAPOR! to take over.
 */
@Component("tandaiAduan")
public class TandaiAduan implements TaskListener {

  static final String PERIHAL_ADUAN = "ADUAN";

  @Override
  public void notify(DelegateTask task) {
    if (PERIHAL_ADUAN.equals(task.getVariable(CallCenter.PERIHAL))) {
      task.getExecution().setVariable(CallCenter.ADUAN, true);
    }
  }
}
