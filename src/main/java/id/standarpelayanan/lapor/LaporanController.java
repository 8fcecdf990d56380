package id.standarpelayanan.lapor;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.api.TextInput;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.VariableWriteGuard;
import id.standarpelayanan.survei.SurveiKepuasan;

/**
 * SP4N-LAPOR! for citizens (no login): file a report and receive its number and access code;
 * with both, follow it and respond to the answer. The code is the reporter's key: without it a
 * number is answered exactly as an unknown one. For the admins: the reporter's identity, to
 * those allowed to see it, and a new access code after the office has checked the reporter.
 */
@RestController
public class LaporanController {

  /** The header that carries the reporter's access code (never in the URL, so never in a log). */
  public static final String KODE_AKSES = "X-Kode-Akses";

  /** The answer to a filing (spec: {@code nomor, processInstanceId} plus the reporter's access code). */
  public record Terdaftar(String nomor, String processInstanceId, String kodeAkses) {
  }

  public record Tanggapan(Boolean puas, String catatan) {
  }

  /** {@code survei}: the one-time survey page, once the report is closed. */
  public record Pelacakan(String nomor, String judul, String kategori, String status, String statusLabel,
      OffsetDateTime diterima, String jawaban, boolean menungguTanggapan, Tanggapan tanggapan, String survei) {
  }

  private static final String NOT_FOUND = "Laporan dengan nomor dan kode akses itu tidak ditemukan.";
  private static final Set<String> ANSWERED = Set.of("SELESAI", "DITUTUP");
  private static final List<String> HANDLERS = List.of("adminInstansi", "adminEselon1", "adminUpt");

  private final PenerimaanLaporan penerimaan;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final PelaporRepository pelapor;
  private final KodeAksesLaporan kodeAkses;
  private final SurveiKepuasan survei;
  private final IdentityService identity;

  public LaporanController(PenerimaanLaporan penerimaan, HistoryService history, RuntimeService runtime,
      TaskService tasks, PelaporRepository pelapor, KodeAksesLaporan kodeAkses, SurveiKepuasan survei,
      IdentityService identity) {
    this.penerimaan = penerimaan;
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.pelapor = pelapor;
    this.kodeAkses = kodeAkses;
    this.survei = survei;
    this.identity = identity;
  }

  @PostMapping(path = "/api/laporan", consumes = "application/json")
  public ResponseEntity<Terdaftar> lapor(@RequestBody LaporanBaru laporan) {
    PenerimaanLaporan.Diterima diterima = penerimaan.terima(laporan, "WEB", Map.of());
    return ResponseEntity.created(URI.create("/api/laporan/" + diterima.nomor()))
        .body(new Terdaftar(diterima.nomor(), diterima.processInstanceId(), diterima.kodeAkses()));
  }

  @GetMapping("/api/laporan/{nomor}")
  public ResponseEntity<Pelacakan> lacak(@PathVariable String nomor,
      @RequestHeader(name = KODE_AKSES, required = false) String kode) {
    HistoricProcessInstance report = reportOfReporter(nomor, kode);
    Map<String, Object> values = processVariables(report);
    String status = (String) values.get(PengaduanLapor.STATUS);
    boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(report.getId())
        .eventType("message").eventName(PengaduanLapor.MESSAGE_TANGGAPAN).count() > 0;
    Tanggapan response = values.get(PengaduanLapor.PUAS) instanceof Boolean puas
        ? new Tanggapan(puas, (String) values.get(PengaduanLapor.TANGGAPAN)) : null;
    String surveyPage = "DITUTUP".equals(status) ? survei.tautan(report.getId()).orElse(null) : null;
    Pelacakan pelacakan = new Pelacakan(nomor, (String) values.get(PengaduanLapor.JUDUL),
        (String) values.get(PengaduanLapor.KATEGORI), status,
        status == null ? null : StatusLaporan.Status.valueOf(status).label(),
        report.getStartTime().toInstant().atZone(MutuBaku.WIB).toOffsetDateTime(),
        ANSWERED.contains(status) ? (String) values.get(PengaduanLapor.JAWABAN) : null, waiting, response, surveyPage);
    return ResponseEntity.ok().header("Cache-Control", "no-store").body(pelacakan);
  }

  @PostMapping("/api/laporan/{nomor}/tanggapan")
  public ResponseEntity<Void> tanggapi(@PathVariable String nomor,
      @RequestHeader(name = KODE_AKSES, required = false) String kode, @RequestBody Tanggapan tanggapan) {
    reportOfReporter(nomor, kode);
    if (tanggapan.puas() == null) {
      throw new InvalidInputException("puas", "Nyatakan apakah Anda puas dengan jawaban (true/false).");
    }
    String catatan = TextInput.optional("catatan", "Catatan tanggapan", tanggapan.catatan(), 4000);
    try {
      VariableWriteGuard.asApplication(nomor, () -> runtime.createMessageCorrelation(PengaduanLapor.MESSAGE_TANGGAPAN)
          .processInstanceBusinessKey(nomor)
          .setVariable(PengaduanLapor.PUAS, tanggapan.puas())
          .setVariable(PengaduanLapor.TANGGAPAN, catatan)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Laporan " + nomor + " tidak sedang menunggu tanggapan pelapor.");
    }
    return ResponseEntity.accepted().build();
  }

  /**
   * A new access code for a reporter who lost it, after the office has checked the reporter's
   * identity against the one stored with the report: Admin Nasional only. The old code stops
   * working. An anonymous report has no identity to check against, so its code cannot be re-issued.
   */
  @PostMapping("/api/laporan/{nomor}/kode-akses")
  public ResponseEntity<Terdaftar> terbitkanUlang(@PathVariable String nomor) {
    HistoricProcessInstance report = reportVisibleToStaff(nomor);
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    if (!groups.contains("adminNasional") && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Kode akses pelapor hanya dapat diterbitkan ulang oleh Admin Nasional.");
    }
    if (pelapor.find(nomor).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Laporan " + nomor
          + " anonim: identitas pelapor tidak disimpan, jadi kode aksesnya tidak dapat diterbitkan ulang.");
    }
    String kode = kodeAkses.terbitkan(nomor);
    tasks.createComment(null, report.getId(), "Kode akses pelapor diterbitkan ulang oleh "
        + identity.getCurrentAuthentication().getUserId() + " setelah identitas pelapor diperiksa.");
    return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
        .body(new Terdaftar(nomor, report.getId(), kode));
  }

  @GetMapping("/api/laporan/{nomor}/pelapor")
  public Pelapor pelapor(@PathVariable String nomor) {
    reportVisibleToStaff(nomor);
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

  /** The report, when {@code kode} is its access code; otherwise the same 404 as an unknown number. */
  private HistoricProcessInstance reportOfReporter(String nomor, String kode) {
    HistoricProcessInstance report = kodeAkses.cocok(nomor, kode) ? find(nomor) : null;
    if (report == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND);
    }
    return report;
  }

  private HistoricProcessInstance reportVisibleToStaff(String nomor) {
    HistoricProcessInstance report = find(nomor);
    if (report == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Laporan " + nomor + " tidak ditemukan.");
    }
    return report;
  }

  private HistoricProcessInstance find(String nomor) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PengaduanLapor.PROCESS_KEY)
        .processInstanceBusinessKey(nomor).singleResult();
  }

  private Map<String, Object> processVariables(HistoricProcessInstance report) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(report.getId()).variableNameIn(PengaduanLapor.JUDUL, PengaduanLapor.KATEGORI,
            PengaduanLapor.STATUS, PengaduanLapor.JAWABAN, PengaduanLapor.PUAS, PengaduanLapor.TANGGAPAN)
        .list()) {
      if (variable.getTaskId() == null) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }
}
