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

  /** Each status with what the reporter reads on the tracking page. */
  public enum Status {
    DITERIMA("Diterima"),
    DIVERIFIKASI("Diverifikasi"),
    DIDISPOSISIKAN("Diteruskan ke instansi yang berwenang"),
    DITINDAKLANJUTI("Sedang ditindaklanjuti"),
    SELESAI("Sudah dijawab, menunggu tanggapan Anda"),
    DITUTUP("Selesai dan ditutup");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final SurelPelapor surel;

  public StatusLaporan(SurelPelapor surel) {
    this.surel = surel;
  }

  public void tetapkan(DelegateExecution execution, String status) {
    Status value = Status.valueOf(status);
    // several steps share a status: writing it again would only add a history entry per step
    if (!value.name().equals(execution.getVariable(PengaduanLapor.STATUS))) {
      execution.setVariable(PengaduanLapor.STATUS, value.name());
      // the answer and the closing are mailed to the reporter, queued in the engine's transaction
      surel.statusBerubah(execution, value);
    }
  }
}
