package id.standarpelayanan.survei;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.Pembaca;

/** The citizen answers the survey once with its code; staff read the IKM per service and period. */
@RestController
public class SurveiController {

  public record IkmPeriode(String proses, LocalDate dari, LocalDate sampai, IndeksKepuasan.Hasil hasil) {
  }

  public record Pertanyaan(String field, String label, String pertanyaan, List<String> pilihan) {
  }

  /** The questionnaire of one survey code: the service it is about and the nine questions. */
  public record Kuesioner(String layanan, List<Pertanyaan> unsur) {
  }

  /** Managers, auditors and the monev's unit that compiles the IKM (and administrators, see {@link Pembaca}). */
  static final Set<String> PEMBACA_IKM = Set.of("manajer", "auditor", "analisSdm", "kepalaBidang");

  private final SurveiRepository repository;
  private final RepositoryService repositoryService;
  private final IdentityService identity;

  public SurveiController(SurveiRepository repository, RepositoryService repositoryService, IdentityService identity) {
    this.repository = repository;
    this.repositoryService = repositoryService;
    this.identity = identity;
  }

  @GetMapping("/api/survei/{token}")
  public Kuesioner kuesioner(@PathVariable String token) {
    SurveiRepository.Token issued = issued(token);
    if (issued.dipakai() != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Survei ini sudah diisi. Terima kasih.");
    }
    ProcessDefinition service = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(issued.processDefinitionKey()).latestVersion().singleResult();
    return new Kuesioner(service == null ? issued.processDefinitionKey() : service.getName(),
        Arrays.stream(Unsur.values()).map(u -> new Pertanyaan(u.field(), u.label(), u.pertanyaan(), u.pilihan()))
            .toList());
  }

  private SurveiRepository.Token issued(String token) {
    return repository.find(SurveiKepuasan.hashOf(token)).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Survei dengan kode itu tidak ditemukan."));
  }

  @PostMapping("/api/survei/{token}")
  @Transactional
  public ResponseEntity<Map<String, Object>> jawab(@PathVariable String token,
      @RequestBody Map<String, Object> jawaban) {
    int[] scores = scores(jawaban);
    SurveiRepository.Token issued = issued(token);
    OffsetDateTime now = MutuBaku.now();
    if (issued.dipakai() != null || !repository.use(issued.token(), now)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Survei ini sudah diisi. Terima kasih.");
    }
    repository.answer(issued.token(), issued.processDefinitionKey(), now, scores);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("pesan", "Terima kasih, jawaban survei Anda telah kami terima."));
  }

  private static int[] scores(Map<String, Object> jawaban) {
    int[] scores = new int[9];
    List<String> unknown = new ArrayList<>(jawaban.keySet());
    for (Unsur unsur : Unsur.values()) {
      unknown.remove(unsur.field());
      Object value = jawaban.get(unsur.field());
      if (!(value instanceof Integer score) || score < 1 || score > 4) {
        throw new InvalidInputException(unsur.field(),
            "Nilai '" + unsur.label() + "' wajib diisi dengan angka bulat 1 sampai 4.");
      }
      scores[unsur.ordinal()] = score;
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.get(0), "'" + unknown.get(0) + "' bukan unsur survei.");
    }
    return scores;
  }

  @GetMapping("/api/survei/ikm")
  public IkmPeriode ikm(@RequestParam(required = false) String proses,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai) {
    Pembaca.periksa(identity, PEMBACA_IKM,
        "Indeks kepuasan hanya untuk manajer, auditor, Analis SDM, Kepala Bidang dan administrator.");
    if (sampai.isBefore(dari)) {
      throw new InvalidInputException("sampai", "Tanggal 'sampai' tidak boleh sebelum 'dari'.");
    }
    List<int[]> answers = repository.answersOf(proses, dari.atStartOfDay(MutuBaku.WIB).toOffsetDateTime(),
        sampai.plusDays(1).atStartOfDay(MutuBaku.WIB).toOffsetDateTime());
    return new IkmPeriode(proses, dari, sampai, IndeksKepuasan.hitung(answers));
  }
}
