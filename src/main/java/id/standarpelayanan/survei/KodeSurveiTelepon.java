package id.standarpelayanan.survei;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The survey code of a phone call, for the clerk to give the caller at the call's closing step:
 * {@code GET /api/tugas/{taskId}/survei} answers {@code {kode, tautan}} to whoever may work that
 * open step (a candidate, its assignee, {@code camunda-admin}); to anyone else, and for any other
 * step, the task does not exist (404). The code is derived and stored hashed by
 * {@link SurveiKepuasan}, the same code every time, and never becomes a process variable.
 */
@RestController
public class KodeSurveiTelepon {

  /** The closing step of each phone service, by process key. */
  public static final Map<String, String> LANGKAH_PENUTUP = Map.of(
      "penerimaanTelepon", "berikanJawaban",
      "layananInformasiTelepon", "salamPenutup",
      "callCenter", "ucapkanTerimaKasih");

  public record KodeSurvei(String kode, String tautan) {
  }

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SurveiKepuasan survei;
  private final String alamatPublik;

  public KodeSurveiTelepon(TaskService tasks, RuntimeService runtime, IdentityService identity,
      SurveiKepuasan survei, @Value("${standar-pelayanan.alamat-publik:http://localhost:8080}") String alamatPublik) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.survei = survei;
    this.alamatPublik = withoutTrailingSlash(alamatPublik);
  }

  @GetMapping("/api/tugas/{taskId}/survei")
  public ResponseEntity<KodeSurvei> kode(@PathVariable String taskId) {
    // the engine shows the task only to whom it may show it (authorizations on)
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    String processKey = task == null ? null : closingStepOf(task);
    if (processKey == null || !mayWork(task)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Langkah penutup layanan telepon dengan tugas " + taskId + " tidak ditemukan.");
    }
    ProcessInstance call = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    String businessKey = call == null ? null : call.getBusinessKey();
    String kode;
    try {
      kode = survei.terbitkan(processKey, task.getProcessInstanceId(), businessKey);
    } catch (DataIntegrityViolationException issuedMeanwhile) {
      // the same code was stored by a simultaneous request: issuing again finds it
      kode = survei.terbitkan(processKey, task.getProcessInstanceId(), businessKey);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new KodeSurvei(kode, alamatPublik + "/survei/" + kode));
  }

  /** The process key when the task is the closing step of a phone service, else null. */
  private String closingStepOf(Task task) {
    return LANGKAH_PENUTUP.entrySet().stream()
        .filter(step -> step.getValue().equals(task.getTaskDefinitionKey()))
        .map(Map.Entry::getKey)
        .filter(processKey -> tasks.createTaskQuery().taskId(task.getId()).processDefinitionKey(processKey).count() == 1)
        .findFirst().orElse(null);
  }

  /**
   * Whether the caller may work the task, not just see it (managers read every task): its
   * assignee, one of its candidates (users or groups, escalation included), or an administrator.
   */
  private boolean mayWork(Task task) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN) || caller.getUserId().equals(task.getAssignee())) {
      return true;
    }
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
  }

  static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
