package id.standarpelayanan.lapor;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.security.VariableWriteGuard;

/**
 * Only the reporter, with the access code ({@code POST /api/laporan/{nomor}/tanggapan}), answers
 * the office's answer: on the message event, {@code camunda:delegateExpression="${tanggapanDariPelapor}"}.
 * The message sent through {@code /engine-rest}, with or without variables, is refused with 403.
 */
@Component("tanggapanDariPelapor")
public class TanggapanDariPelapor implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!VariableWriteGuard.isApplicationWriting(execution.getProcessBusinessKey())) {
      throw new AuthorizationException("Tanggapan atas jawaban laporan hanya dapat diberikan oleh pelapor "
          + "dengan kode aksesnya.");
    }
  }
}
