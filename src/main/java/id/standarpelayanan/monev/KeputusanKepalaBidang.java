package id.standarpelayanan.monev;

import static id.standarpelayanan.monev.PemantauanEvaluasi.CATATAN_REVISI;
import static id.standarpelayanan.monev.PemantauanEvaluasi.DISETUJUI;
import static id.standarpelayanan.monev.PemantauanEvaluasi.PENANDATANGAN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;

/**
 * {@code periksaKonsep}: a returned draft needs a revision note, which the drafter then sees; an
 * approval records who signs (the Kepala Bidang completing the task).
 */
@Component("keputusanKepalaBidang")
public class KeputusanKepalaBidang implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(DISETUJUI);
    if (!(decision instanceof Boolean approved)) {
      throw new InvalidInputException(DISETUJUI, "Nyatakan apakah konsep disetujui.");
    }
    if (!approved) {
      Object note = task.getVariable(CATATAN_REVISI);
      if (note == null || note.toString().isBlank()) {
        throw new InvalidInputException(CATATAN_REVISI, "Catatan revisi wajib diisi bila konsep dikembalikan.");
      }
      return;
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String signer = current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    if (signer == null) {
      throw new InvalidInputException(PENANDATANGAN, "Klaim tugas ini dahulu: laporan ditandatangani atas nama Anda.");
    }
    task.getExecution().setVariable(PENANDATANGAN, signer);
  }
}
