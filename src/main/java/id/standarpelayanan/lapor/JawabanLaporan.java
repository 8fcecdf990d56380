package id.standarpelayanan.lapor;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;

/**
 * The substantive answer (tindak lanjut substantif) is required and remembers which level gave
 * it, so a reporter who is not satisfied is sent back to that level:
 * {@code ${jawabanLaporan.catat(task, 'UPT')}}.
 */
@Component("jawabanLaporan")
public class JawabanLaporan {

  public void catat(DelegateTask task, String level) {
    Object answer = task.getVariable(PengaduanLapor.JAWABAN);
    if (answer == null || answer.toString().isBlank()) {
      throw new InvalidInputException(PengaduanLapor.JAWABAN, "Jawaban/tindak lanjut substantif wajib diisi.");
    }
    task.getExecution().setVariable(PengaduanLapor.PENJAWAB, level);
  }
}
