package id.standarpelayanan.lapor;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.security.VariableWriteGuard;

/**
 * A report starts only from the intake ({@link PenerimaanLaporan}), which alone issues its number
 * and the reporter's access code: on the start event, {@code camunda:delegateExpression="${laporanDariIntake}"}.
 * A start through {@code /engine-rest} (any business key, reserved or taken) is refused with 403.
 */
@Component("laporanDariIntake")
public class LaporanDariIntake implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!VariableWriteGuard.isApplicationWriting(execution.getProcessBusinessKey())) {
      throw new AuthorizationException("Laporan SP4N-LAPOR! hanya dapat dibuat melalui penerimaan laporan "
          + "(halaman /lapor atau call center), yang memberi nomornya.");
    }
  }
}
