package id.standarpelayanan.telepon;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.nomor.NomorUrut;

/** Start listener: every call gets a register number ({@code TLP-2026-000001}) as business key. */
@Component("tetapkanNomorPanggilan")
public class TetapkanNomorPanggilan implements ExecutionListener {

  private final NomorUrut nomorUrut;

  public TetapkanNomorPanggilan(NomorUrut nomorUrut) {
    this.nomorUrut = nomorUrut;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String given = execution.getProcessBusinessKey();
    if (given == null || given.isBlank()) {
      execution.setProcessBusinessKey(nomorUrut.next(PenerimaanTelepon.NOMOR_PREFIX));
    }
  }
}
