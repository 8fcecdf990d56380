package id.standarpelayanan.informasi;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.api.TextInput;

/**
 * Peringatan 1: the task of an absent officer is handed to another member of the step's group,
 * on the authority of an assignment letter (surat penugasan). The engine's history keeps every
 * holder of the task; the letter is kept on the task and as a comment naming who handed it over.
 */
@RestController
public class PenugasanController {

  public static final String NOMOR_SURAT = "nomorSuratPenugasan";

  public record PenugasanRequest(String pelaksanaBaru, String nomorSuratPenugasan) {
  }

  public record PenugasanResponse(String taskId, String pelaksanaSebelumnya, String pelaksanaBaru,
      String nomorSuratPenugasan) {
  }

  private final TaskService tasks;
  private final IdentityService identity;

  public PenugasanController(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  @PostMapping("/api/tugas/{taskId}/penugasan")
  public PenugasanResponse alihkan(@PathVariable String taskId, @RequestBody PenugasanRequest request) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Tugas " + taskId + " tidak ditemukan.");
    }
    String letter = TextInput.required(NOMOR_SURAT, "Nomor surat penugasan", request.nomorSuratPenugasan(), 100);
    String successor = TextInput.required("pelaksanaBaru", "Pelaksana pengganti", request.pelaksanaBaru(), 64);
    Set<String> stepGroups = tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    if (!isMemberOfAny(successor, stepGroups)) {
      throw new InvalidInputException("pelaksanaBaru", "'" + successor
          + "' bukan anggota kelompok pelaksana langkah ini (" + String.join(", ", stepGroups) + ").");
    }
    Authentication caller = identity.getCurrentAuthentication();
    List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (!callerGroups.contains(Groups.CAMUNDA_ADMIN) && callerGroups.stream().noneMatch(stepGroups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Hanya anggota kelompok pelaksana langkah ini yang dapat mengalihkan tugasnya.");
    }

    String previous = task.getAssignee();
    // the one hand-over PenugasanGuard lets through for a person: the letter has been checked
    PenugasanGuard.withAssignmentLetter(taskId, () -> {
      tasks.setAssignee(taskId, successor);
      return null;
    });
    tasks.setVariableLocal(taskId, NOMOR_SURAT, letter);
    tasks.createComment(taskId, task.getProcessInstanceId(), "Dialihkan dari "
        + (previous == null ? "(belum ada pelaksana)" : previous) + " kepada " + successor
        + " berdasarkan surat penugasan " + letter + ".");
    return new PenugasanResponse(taskId, previous, successor, letter);
  }

  /** By the groups alone: staff may read groups, not the user list (an unknown user has no groups). */
  private boolean isMemberOfAny(String userId, Set<String> groups) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).anyMatch(groups::contains);
  }
}
