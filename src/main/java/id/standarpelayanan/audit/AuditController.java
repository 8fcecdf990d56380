package id.standarpelayanan.audit;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.MutuBaku;

/** {@code GET /api/audit/durasi-tugas}: the task-duration history, for auditors and administrators. */
@RestController
public class AuditController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DurasiTugasExport export;
  private final IdentityService identity;

  public AuditController(DurasiTugasExport export, IdentityService identity) {
    this.export = export;
    this.identity = identity;
  }

  /** Who may export: auditors and administrators (the contract of the export). */
  private boolean bolehEkspor() {
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    return groups != null && (groups.contains("auditor") || groups.contains(Groups.CAMUNDA_ADMIN));
  }

  public record Akses(boolean eksporDurasiTugas) {
  }

  /**
   * {@code GET /api/audit/akses}: what the logged-in person may do here, so that Cockpit offers the
   * export page only to whoever the export answers (any logged-in staff member may ask).
   */
  @GetMapping("/api/audit/akses")
  public Akses akses() {
    return new Akses(bolehEkspor());
  }

  @GetMapping("/api/audit/durasi-tugas")
  public ResponseEntity<StreamingResponseBody> durasiTugas(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String proses,
      @RequestParam(defaultValue = "csv") String format) {
    if (!bolehEkspor()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Ekspor durasi tugas hanya untuk auditor dan administrator.");
    }
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new InvalidInputException("format", "Format harus csv atau xlsx.");
    }
    LocalDate from = dari == null ? LocalDate.of(2000, 1, 1) : dari;
    LocalDate to = sampai == null ? LocalDate.now(MutuBaku.WIB).plusYears(1) : sampai;
    if (to.isBefore(from)) {
      throw new InvalidInputException("sampai", "Tanggal 'sampai' tidak boleh sebelum 'dari'.");
    }
    DurasiTugasExport.Filter filter = new DurasiTugasExport.Filter(from, to,
        proses == null || proses.isBlank() ? null : proses.strip());
    String name = "durasi-tugas-" + from + "-" + to + "." + format;
    return ResponseEntity.ok()
        .contentType(format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(out -> {
          if (format.equals("csv")) {
            export.writeCsv(filter, out);
          } else {
            export.writeXlsx(filter, out);
          }
        });
  }
}
