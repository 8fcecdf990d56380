package id.standarpelayanan.telepon;

import static id.standarpelayanan.telepon.PenerimaanTelepon.EKSTENSI;
import static id.standarpelayanan.telepon.PenerimaanTelepon.NOMOR_PENELEPON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;


/**
 * Start listener: a call is only started with a valid caller number, however it is started
 * (REST intake, Tasklist start form, or {@code /engine-rest}). The number is stored in national
 * form and a missing extension is an explicit null for the routing decision.
 */
@Component("validasiPanggilan")
public class ValidasiPanggilan implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(NOMOR_PENELEPON, NomorTelepon.require(NOMOR_PENELEPON,
        PenerimaanTelepon.LABEL_NOMOR_PENELEPON, execution.getVariable(NOMOR_PENELEPON)));

    Object ekstensi = execution.getVariable(EKSTENSI);
    String text = ekstensi == null ? "" : ekstensi.toString().strip();
    execution.setVariable(EKSTENSI, text.isEmpty() ? null : text);
  }
}
