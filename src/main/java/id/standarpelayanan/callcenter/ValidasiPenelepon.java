package id.standarpelayanan.callcenter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.telepon.NomorTelepon;

/**
 * Persyaratan of the standard: the caller's name and a number to call back are required, however
 * the task is completed; the number is stored in national form.
 */
@Component("validasiPenelepon")
public class ValidasiPenelepon implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object name = task.getVariable(CallCenter.NAMA_PENELEPON);
    if (name == null || name.toString().isBlank()) {
      throw new InvalidInputException(CallCenter.NAMA_PENELEPON, "Nama penelepon wajib diisi.");
    }
    task.setVariable(CallCenter.NOMOR_TELEPON, NomorTelepon.require(CallCenter.NOMOR_TELEPON,
        "Nomor telepon penelepon", task.getVariable(CallCenter.NOMOR_TELEPON)));
  }
}
