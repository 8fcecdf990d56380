package id.standarpelayanan.tugas;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.callcenter.CallCenter;
import id.standarpelayanan.informasi.LayananInformasiTelepon;
import id.standarpelayanan.lapor.PengaduanLapor;
import id.standarpelayanan.monev.PemantauanEvaluasi;
import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.mutubaku.Pelanggaran;
import id.standarpelayanan.penelepon.IdentitasPenelepon;
import id.standarpelayanan.telepon.PenerimaanTelepon;

/**
 * {@code GET /api/tugas/kasus?id=…&id=…}: the {@link KasusTugas} of each task the caller may see
 * (the engine's task query, authorizations on, decides; a task the caller may not see is simply
 * absent), for Tasklist's cards and the banner above a task's form (script
 * {@code tasklist/scripts/kasus-tugas.js}). At most {@value #MAX_TASKS} tasks per request.
 */
@RestController
public class KasusTugasController {

  static final int MAX_TASKS = 50;

  private static final DateTimeFormatter WIB_TEXT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH.mm 'WIB'", Locale.forLanguageTag("id-ID"));

  private final TaskService tasks;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final IdentitasPenelepon identitas;
  private final BreachLog breaches;

  public KasusTugasController(TaskService tasks, RepositoryService repository, RuntimeService runtime,
      HistoryService history, IdentityService identity, IdentitasPenelepon identitas, BreachLog breaches) {
    this.tasks = tasks;
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.identitas = identitas;
    this.breaches = breaches;
  }

  @GetMapping("/api/tugas/kasus")
  public ResponseEntity<List<KasusTugas>> kasus(@RequestParam(name = "id") List<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>(taskIds);
    if (ids.size() > MAX_TASKS) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Paling banyak " + MAX_TASKS + " tugas per permintaan.");
    }
    List<KasusTugas> answer = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (Task task : tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()) {
        if (task.getProcessInstanceId() != null) {
          answer.add(kasus(task));
        }
      }
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
  }

  private KasusTugas kasus(Task task) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    String processKey = processKey(task);
    OffsetDateTime due = wib(task.getDueDate());
    OffsetDateTime now = MutuBaku.now();
    List<Pelanggaran> late = breaches.findByProcessInstance(task.getProcessInstanceId()).stream()
        .filter(breach -> breach.taskKey().equals(task.getTaskDefinitionKey()))
        .filter(breach -> !breach.firedTime().toInstant().isBefore(task.getCreateTime().toInstant()))
        .toList();
    OffsetDateTime lateSince = late.isEmpty() ? (due != null && now.isAfter(due) ? due : null)
        : late.get(0).dueTime();
    return new KasusTugas(task.getId(), instance == null ? null : instance.getBusinessKey(), processKey,
        ringkasan(task, processKey), due, text(due), due != null && now.isAfter(due), lateSince,
        escalations(task, late), kembali(task, processKey));
  }

  private String processKey(Task task) {
    return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
  }

  /** What the case is, in a few words, for whoever sees this task. */
  private String ringkasan(Task task, String processKey) {
    String instanceId = task.getProcessInstanceId();
    if (PengaduanLapor.PROCESS_KEY.equals(processKey)) {
      return string(runtime.getVariable(instanceId, PengaduanLapor.JUDUL));
    }
    if (PemantauanEvaluasi.PROCESS_KEY.equals(processKey)) {
      Object from = runtime.getVariable(instanceId, PemantauanEvaluasi.PERIODE_DARI);
      Object to = runtime.getVariable(instanceId, PemantauanEvaluasi.PERIODE_SAMPAI);
      return from == null ? null : "Periode " + from + " s.d. " + to;
    }
    if (IdentitasPenelepon.DATA_PRIBADI.containsKey(processKey)
        && identitas.bolehMembaca(instanceId, identity.getCurrentAuthentication())) {
      Map<String, String> caller = identitas.baca(instanceId);
      String name = firstNonBlank(caller.get(CallCenter.NAMA_PENELEPON), caller.get(LayananInformasiTelepon.NAMA_PEMOHON));
      String number = firstNonBlank(caller.get(PenerimaanTelepon.NOMOR_PENELEPON), caller.get(CallCenter.NOMOR_TELEPON));
      if (name != null && caller.get(LayananInformasiTelepon.INSTANSI) != null) {
        name = name + " (" + caller.get(LayananInformasiTelepon.INSTANSI) + ")";
      }
      String who = name == null ? number : number == null ? name : name + ", " + number;
      return who == null ? null : "Penelepon: " + who;
    }
    return null;
  }

  /** Groups a late step was offered to by the escalation, from the moment it was late. */
  private List<KasusTugas.Eskalasi> escalations(Task task, List<Pelanggaran> late) {
    if (late.isEmpty()) {
      return List.of();
    }
    Date since = Date.from(late.get(0).firedTime().toInstant().minusSeconds(1));
    return history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE)
        .list().stream()
        .filter(link -> "add".equals(link.getOperationType()) && link.getGroupId() != null)
        .filter(link -> !link.getTime().before(since))
        .sorted(Comparator.comparing(HistoricIdentityLinkLog::getTime))
        .map(link -> new KasusTugas.Eskalasi(link.getGroupId(), groupName(link.getGroupId()), wib(link.getTime()),
            text(wib(link.getTime()))))
        .toList();
  }

  /**
   * Why the step is worked again: the step just before it returned the report with a reason, or
   * the reporter was not satisfied with the answer this step gave.
   */
  private KasusTugas.Kembali kembali(Task task, String processKey) {
    if (!PengaduanLapor.PROCESS_KEY.equals(processKey)) {
      return null;
    }
    Optional<HistoricTaskInstance> previous = history.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).finished().list().stream()
        .filter(done -> !done.getEndTime().after(task.getCreateTime()))
        .max(Comparator.comparing(HistoricTaskInstance::getEndTime));
    if (previous.isPresent()) {
      Optional<HistoricVariableInstance> reason = history.createHistoricVariableInstanceQuery()
          .taskIdIn(previous.get().getId()).variableName(PengaduanLapor.ALASAN_PENGEMBALIAN).list().stream()
          .findFirst();
      if (reason.isPresent()) {
        OffsetDateTime when = wib(previous.get().getEndTime());
        return new KasusTugas.Kembali("DIKEMBALIKAN", string(reason.get().getValue()), previous.get().getAssignee(),
            previous.get().getName(), when, text(when));
      }
    }
    boolean answeredBefore = history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(task.getTaskDefinitionKey()).finished().count() > 0;
    if (answeredBefore && Boolean.FALSE.equals(runtime.getVariable(task.getProcessInstanceId(), PengaduanLapor.PUAS))) {
      OffsetDateTime when = wib(task.getCreateTime());
      return new KasusTugas.Kembali("TIDAK_PUAS", string(runtime.getVariable(task.getProcessInstanceId(),
          PengaduanLapor.TANGGAPAN)), "pelapor", null, when, text(when));
    }
    return null;
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static OffsetDateTime wib(Date date) {
    return date == null ? null : date.toInstant().atZone(MutuBaku.WIB).toOffsetDateTime();
  }

  static String text(OffsetDateTime time) {
    return time == null ? null : WIB_TEXT.format(time.atZoneSameInstant(MutuBaku.WIB));
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
