package id.standarpelayanan.informasi;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.mutubaku.Pelanggaran;
import id.standarpelayanan.penelepon.IdentitasPenelepon;

/**
 * The Dokumen Layanan of one call, read back from the engine's history: who called, what was
 * asked and answered, by whom, and every step's time against its mutu baku.
 */
@RestController
public class DokumenLayananController {

  public record Pemohon(String nama, String instansi, String kabupatenKota, String nomorTelepon) {
  }

  public record Langkah(String taskKey, String nama, String pelaksana, List<String> pemegang,
      List<String> penugasan, OffsetDateTime mulai, OffsetDateTime selesai, OffsetDateTime tenggat,
      Long mutuBakuDetik, Long durasiDetik, String status, String alasanKeterlambatan) {
  }

  public record DokumenLayanan(String nomor, String processInstanceId, String status, String jalur,
      Pemohon pemohon, String pertanyaan, String hasilTelaah, String jawaban, String dijawabOleh,
      List<Langkah> langkah, List<Pelanggaran> pelanggaran) {
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final BreachLog breaches;
  private final IdentitasPenelepon identitas;
  private final IdentityService identity;

  public DokumenLayananController(HistoryService history, TaskService tasks, BreachLog breaches,
      IdentitasPenelepon identitas, IdentityService identity) {
    this.history = history;
    this.tasks = tasks;
    this.breaches = breaches;
    this.identitas = identitas;
    this.identity = identity;
  }

  @GetMapping("/api/informasi/{processInstanceId}/dokumen-layanan")
  public DokumenLayanan dokumen(@PathVariable String processInstanceId) {
    HistoricProcessInstance call = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .processDefinitionKey(LayananInformasiTelepon.PROCESS_KEY).singleResult();
    if (call == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Layanan informasi " + processInstanceId + " tidak ditemukan.");
    }
    Map<String, Object> values = new HashMap<>();
    Map<String, String> lateReasons = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (variable.getTaskId() == null) {
        values.put(variable.getName(), variable.getValue());
      } else if (MutuBaku.LATE_REASON.equals(variable.getName())) {
        lateReasons.put(variable.getTaskId(), String.valueOf(variable.getValue()));
      }
    }

    List<Langkah> steps = new ArrayList<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
      steps.add(step(task, lateReasons.get(task.getId())));
    }
    boolean forwarded = steps.stream().anyMatch(step -> "koordinasiUnit".equals(step.taskKey()));
    String answeredBy = steps.stream()
        .filter(step -> step.taskKey().equals(forwarded ? "koordinasiUnit" : "telaahPermintaan"))
        .map(Langkah::pelaksana).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
    if (forwarded && values.get(LayananInformasiTelepon.UNIT_PENJAWAB) != null && answeredBy != null) {
      answeredBy = answeredBy + " (" + values.get(LayananInformasiTelepon.UNIT_PENJAWAB) + ")";
    }
    return new DokumenLayanan(call.getBusinessKey(), processInstanceId,
        call.getEndTime() == null ? "BERJALAN" : "SELESAI",
        steps.stream().anyMatch(step -> "informasikanPenerusan".equals(step.taskKey())) ? "B" : "A",
        pemohon(processInstanceId),
        text(values, LayananInformasiTelepon.PERTANYAAN), text(values, LayananInformasiTelepon.HASIL_TELAAH),
        text(values, LayananInformasiTelepon.JAWABAN), answeredBy, steps,
        breaches.findByProcessInstance(processInstanceId));
  }

  /**
   * The caller, for whoever may read a caller's identity (the lanes that handled the call,
   * administrators); for a reader of durations (a manager, an auditor) the document has none.
   */
  private Pemohon pemohon(String processInstanceId) {
    if (!identitas.bolehMembaca(processInstanceId, identity.getCurrentAuthentication())) {
      return null;
    }
    Map<String, String> values = identitas.baca(processInstanceId);
    return new Pemohon(values.get(LayananInformasiTelepon.NAMA_PEMOHON), values.get(LayananInformasiTelepon.INSTANSI),
        values.get(LayananInformasiTelepon.KABUPATEN_KOTA), values.get(LayananInformasiTelepon.NOMOR_TELEPON));
  }

  private Langkah step(HistoricTaskInstance task, String lateReason) {
    List<String> holders = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.ASSIGNEE).list().stream()
        .filter(log -> "add".equals(log.getOperationType()))
        .sorted(Comparator.comparing(HistoricIdentityLinkLog::getTime))
        .map(HistoricIdentityLinkLog::getUserId).toList();
    List<String> assignments = tasks.getTaskComments(task.getId()).stream()
        .sorted(Comparator.comparing(Comment::getTime)).map(Comment::getFullMessage).toList();
    Date end = task.getEndTime();
    Date due = task.getDueDate();
    Long standard = due == null ? null : seconds(task.getStartTime(), due);
    Long taken = end == null ? null : seconds(task.getStartTime(), end);
    Date measuredAt = end == null ? ClockUtil.getCurrentTime() : end;
    boolean late = due != null && measuredAt.after(due);
    String status = end == null ? (late ? "BERJALAN_TERLAMBAT" : "BERJALAN") : (late ? "TERLAMBAT" : "TEPAT_WAKTU");
    return new Langkah(task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), holders, assignments,
        jakarta(task.getStartTime()), jakarta(end), jakarta(due), standard, taken, status, lateReason);
  }

  private static long seconds(Date from, Date to) {
    // rounded: a task starts a few milliseconds after its timer, and 14.998 s is a 15 s standard
    return Math.round(Duration.between(from.toInstant(), to.toInstant()).toMillis() / 1000.0);
  }

  private static OffsetDateTime jakarta(Date date) {
    return date == null ? null : date.toInstant().atZone(MutuBaku.WIB).toOffsetDateTime();
  }

  private static String text(Map<String, Object> values, String name) {
    Object value = values.get(name);
    return value == null ? null : value.toString();
  }
}
