package id.standarpelayanan.lapor;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Every hop of a report for the admins (login required): which level held it, who worked it,
 * when, and the reason of every return. Read from the engine's history; no personal data.
 */
@RestController
public class RiwayatLaporanController {

  public record Hop(String langkah, String nama, String tingkat, String pelaksana, OffsetDateTime mulai,
      OffsetDateTime selesai, OffsetDateTime tenggat, String alasanPengembalian) {
  }

  private final HistoryService history;

  public RiwayatLaporanController(HistoryService history) {
    this.history = history;
  }

  @GetMapping("/api/laporan/{nomor}/riwayat")
  public List<Hop> riwayat(@PathVariable String nomor) {
    HistoricProcessInstance report = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PengaduanLapor.PROCESS_KEY).processInstanceBusinessKey(nomor).singleResult();
    if (report == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Laporan " + nomor + " tidak ditemukan.");
    }
    Map<String, String> returns = new HashMap<>();
    for (HistoricVariableInstance reason : history.createHistoricVariableInstanceQuery()
        .processInstanceId(report.getId()).variableName(PengaduanLapor.ALASAN_PENGEMBALIAN).list()) {
      if (reason.getTaskId() != null) {
        returns.put(reason.getTaskId(), String.valueOf(reason.getValue()));
      }
    }
    return history.createHistoricTaskInstanceQuery().processInstanceId(report.getId())
        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(task -> hop(task, returns.get(task.getId()))).toList();
  }

  private Hop hop(HistoricTaskInstance task, String reason) {
    return new Hop(task.getTaskDefinitionKey(), task.getName(), levelOf(task), task.getAssignee(),
        jakarta(task.getStartTime()), jakarta(task.getEndTime()), jakarta(task.getDueDate()), reason);
  }

  /** The group the step was first offered to: its lane (escalation adds the level above later). */
  private String levelOf(HistoricTaskInstance task) {
    return history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE)
        .operationType("add").orderByTime().asc().list().stream()
        .map(HistoricIdentityLinkLog::getGroupId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private static OffsetDateTime jakarta(Date date) {
    return date == null ? null : date.toInstant().atZone(MutuBaku.WIB).toOffsetDateTime();
  }
}
