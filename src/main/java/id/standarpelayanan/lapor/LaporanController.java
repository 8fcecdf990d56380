package id.standarpelayanan.lapor;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.api.TextInput;
import id.standarpelayanan.survei.SurveiKepuasan;

/**
 * SP4N-LAPOR! for citizens (no login): file a report, follow it by its number, respond to the
 * answer. And for the admins: the reporter's identity, to those allowed to see it.
 */
@RestController
public class LaporanController {

  /** {@code survei}: the one-time link to the satisfaction survey, once the report is closed. */
  public record Pelacakan(String nomor, String status, String jawaban, String survei) {
  }

  public record Tanggapan(Boolean puas, String catatan) {
  }

  private static final Set<String> ANSWERED = Set.of("SELESAI", "DITUTUP");
  private static final List<String> HANDLERS = List.of("adminInstansi", "adminEselon1", "adminUpt");

  private final PenerimaanLaporan penerimaan;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final PelaporRepository pelapor;
  private final IdentityService identity;

  public LaporanController(PenerimaanLaporan penerimaan, HistoryService history, RuntimeService runtime,
      PelaporRepository pelapor, IdentityService identity) {
    this.penerimaan = penerimaan;
    this.history = history;
    this.runtime = runtime;
    this.pelapor = pelapor;
    this.identity = identity;
  }

  @PostMapping("/api/laporan")
  public ResponseEntity<PenerimaanLaporan.Diterima> lapor(@RequestBody LaporanBaru laporan) {
    PenerimaanLaporan.Diterima diterima = penerimaan.terima(laporan, "WEB", Map.of());
    return ResponseEntity.created(URI.create("/api/laporan/" + diterima.nomor())).body(diterima);
  }

  @GetMapping("/api/laporan/{nomor}")
  public Pelacakan lacak(@PathVariable String nomor) {
    HistoricProcessInstance report = find(nomor);
    String status = text(report, PengaduanLapor.STATUS);
    String token = "DITUTUP".equals(status) ? text(report, SurveiKepuasan.TOKEN_VARIABLE) : null;
    return new Pelacakan(nomor, status, ANSWERED.contains(status) ? text(report, PengaduanLapor.JAWABAN) : null,
        token == null ? null : "/api/survei/" + token);
  }

  @PostMapping("/api/laporan/{nomor}/tanggapan")
  public ResponseEntity<Void> tanggapi(@PathVariable String nomor, @RequestBody Tanggapan tanggapan) {
    find(nomor);
    if (tanggapan.puas() == null) {
      throw new InvalidInputException("puas", "Nyatakan apakah Anda puas dengan jawaban (true/false).");
    }
    String catatan = TextInput.optional("catatan", "Catatan tanggapan", tanggapan.catatan(), 4000);
    try {
      runtime.createMessageCorrelation(PengaduanLapor.MESSAGE_TANGGAPAN).processInstanceBusinessKey(nomor)
          .setVariable(PengaduanLapor.PUAS, tanggapan.puas())
          .setVariable(PengaduanLapor.TANGGAPAN, catatan)
          .correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Laporan " + nomor + " tidak sedang menunggu tanggapan pelapor.");
    }
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/api/laporan/{nomor}/pelapor")
  public Pelapor pelapor(@PathVariable String nomor) {
    find(nomor);
    Pelapor identity = pelapor.find(nomor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Laporan " + nomor + " anonim: identitas pelapor tidak disimpan."));
    List<String> groups = this.identity.getCurrentAuthentication().getGroupIds();
    boolean allowed = groups.contains("adminNasional") || groups.contains(Groups.CAMUNDA_ADMIN)
        || (!identity.rahasia() && groups.stream().anyMatch(HANDLERS::contains));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, identity.rahasia()
          ? "Identitas pelapor laporan rahasia hanya dapat dilihat Admin Nasional."
          : "Identitas pelapor hanya dapat dilihat admin yang menangani laporan.");
    }
    return identity;
  }

  private HistoricProcessInstance find(String nomor) {
    HistoricProcessInstance report = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PengaduanLapor.PROCESS_KEY).processInstanceBusinessKey(nomor).singleResult();
    if (report == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Laporan " + nomor + " tidak ditemukan.");
    }
    return report;
  }

  private String text(HistoricProcessInstance report, String variable) {
    HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
        .processInstanceId(report.getId()).variableName(variable).list().stream()
        .filter(v -> v.getTaskId() == null).findFirst().orElse(null);
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }
}
