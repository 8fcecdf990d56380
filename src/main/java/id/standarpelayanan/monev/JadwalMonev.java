package id.standarpelayanan.monev;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monev schedule ({@code standar-pelayanan.monev.jadwal}, default the first working day of each
 * quarter at 08:00 WIB), read by the timer of {@code jadwalPemantauanEvaluasi}, which then starts a
 * monev for the previous quarter.
 */
@Component("jadwalMonev")
public class JadwalMonev implements JavaDelegate {

  private final String ekspresi;

  /** No engine service is injected: the timer reads this bean while the engine is being built. */
  public JadwalMonev(@Value("${standar-pelayanan.monev.jadwal}") String ekspresi) {
    this.ekspresi = ekspresi;
  }

  public String getEkspresi() {
    return ekspresi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(PemantauanEvaluasi.PROCESS_KEY);
  }
}
