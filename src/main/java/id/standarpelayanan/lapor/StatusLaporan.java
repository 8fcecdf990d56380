package id.standarpelayanan.lapor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The status a reporter sees, set by the model as a report moves:
 * {@code ${penandaStatus.tetapkan(execution, 'DIDISPOSISIKAN')}} (not named after the variable, which
 * would hide the bean in expressions).
 */
@Component("penandaStatus")
public class StatusLaporan {

  public enum Status { DITERIMA, DIVERIFIKASI, DIDISPOSISIKAN, DITINDAKLANJUTI, SELESAI, DITUTUP }

  public void tetapkan(DelegateExecution execution, String status) {
    String value = Status.valueOf(status).name();
    // several steps share a status: writing it again would only add a history entry per step
    if (!value.equals(execution.getVariable(PengaduanLapor.STATUS))) {
      execution.setVariable(PengaduanLapor.STATUS, value);
    }
  }
}
