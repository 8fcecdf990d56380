package id.standarpelayanan.lapor;

import static id.standarpelayanan.lapor.PengaduanLapor.ALASAN_PENGEMBALIAN;
import static id.standarpelayanan.lapor.PengaduanLapor.KEWENANGAN;
import static id.standarpelayanan.lapor.PengaduanLapor.SESUAI_KEWENANGAN;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;

/**
 * A level decides whether the report is within its authority; a return ("bukan kewenangan") needs
 * its reason. The reason is kept on the task that returned the report, so the report's history shows
 * every hop with its reason, and one return's reason never stands for the next.
 */
@Component("validasiKewenangan")
public class ValidasiKewenangan implements TaskListener {

  static final Set<String> KEWENANGAN_VALUES = Set.of("ESELON1", "UPT", "BUKAN");

  @Override
  public void notify(DelegateTask task) {
    boolean returning;
    if ("verifikasiInstansi".equals(task.getTaskDefinitionKey())) {
      Object sesuai = task.getVariable(SESUAI_KEWENANGAN);
      if (!(sesuai instanceof Boolean)) {
        throw new InvalidInputException(SESUAI_KEWENANGAN, "Tentukan apakah laporan sesuai kewenangan instansi.");
      }
      returning = !(Boolean) sesuai;
    } else {
      Object kewenangan = task.getVariable(KEWENANGAN);
      if (kewenangan == null || !KEWENANGAN_VALUES.contains(kewenangan.toString())) {
        throw new InvalidInputException(KEWENANGAN, "Kewenangan harus ESELON1, UPT atau BUKAN.");
      }
      returning = "BUKAN".equals(kewenangan);
    }
    Object given = task.getVariable(ALASAN_PENGEMBALIAN);
    String reason = given == null ? "" : given.toString().strip();
    if (returning && reason.isEmpty()) {
      throw new InvalidInputException(ALASAN_PENGEMBALIAN, "Alasan pengembalian wajib diisi.");
    }
    if (task.getExecution().hasVariable(ALASAN_PENGEMBALIAN)) {
      task.getExecution().removeVariable(ALASAN_PENGEMBALIAN);
    }
    if (returning) {
      task.setVariableLocal(ALASAN_PENGEMBALIAN, reason);
    }
  }
}
