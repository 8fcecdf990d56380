package id.standarpelayanan.monev;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.security.Pembaca;

/** Download of an archived, signed monev report, byte for byte as it was signed. */
@RestController
public class MonevController {

  /** Managers, auditors and the unit that owns the monev (and administrators, see {@link Pembaca}). */
  static final Set<String> PEMBACA = Set.of("manajer", "auditor", "analisSdm", "kepalaBidang", "bagianTataUsaha");

  private final MonevRepository repository;
  private final IdentityService identity;

  public MonevController(MonevRepository repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  @GetMapping("/api/monev/arsip/{id}")
  public ResponseEntity<byte[]> arsip(@PathVariable long id) {
    Pembaca.periksa(identity, PEMBACA, "Arsip laporan monev hanya untuk manajer, auditor, unit penyusun monev "
        + "(Analis SDM, Kepala Bidang, Bagian Tata Usaha) dan administrator.");
    MonevRepository.Arsip arsip = repository.arsip(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Arsip laporan " + id + " tidak ditemukan."));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + arsip.nomor() + ".html\"")
        .header("X-SHA-256", arsip.sha256())
        .header("X-Ditandatangani-Oleh", arsip.ditandatanganiOleh())
        .body(arsip.html().getBytes(StandardCharsets.UTF_8));
  }
}
