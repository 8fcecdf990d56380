package id.standarpelayanan.lapor;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The office's side of a report in tests: its admins complete pengaduanLapor's steps in order. */
public final class KantorLapor {

  private KantorLapor() {
  }

  /**
   * From terimaLaporan to the open tindakLanjutEselon1: received, verified nationally (with an
   * internal note the reporter must never see), disposed to the agency, accepted, sent to Eselon 1.
   */
  public static void sampaiTindakLanjut(TaskService tasks, String processInstanceId) {
    selesaikan(tasks, processInstanceId, "terimaLaporan", Map.of("laporanDiterima", true));
    selesaikan(tasks, processInstanceId, "verifikasiNasional",
        Map.of("instansiTujuan", "Pemko Medan", "catatanVerifikasi", "rahasia internal"));
    selesaikan(tasks, processInstanceId, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    selesaikan(tasks, processInstanceId, "verifikasiInstansi", Map.of("sesuaiKewenangan", true));
    selesaikan(tasks, processInstanceId, "disposisiEselon1", Map.of("unitEselon1", "Inspektorat"));
    selesaikan(tasks, processInstanceId, "responAwalEselon1", Map.of("responAwal", "Ditelaah"));
    selesaikan(tasks, processInstanceId, "verifikasiEselon1", Map.of("kewenangan", "ESELON1"));
  }

  /** All the way to the published answer: the report then waits for its reporter's response. */
  public static void jawab(TaskService tasks, String processInstanceId, String jawaban) {
    sampaiTindakLanjut(tasks, processInstanceId);
    selesaikan(tasks, processInstanceId, "tindakLanjutEselon1", Map.of("jawaban", jawaban));
  }

  /** Completes the open step {@code taskKey}; fails when the report is not there. */
  public static void selesaikan(TaskService tasks, String processInstanceId, String taskKey,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError("Report " + processInstanceId + " is not at " + taskKey);
    }
    tasks.complete(task.getId(), variables);
  }
}
