package id.standarpelayanan.survei;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** A finished service issues a survey code; the citizen answers once; staff read the IKM. */
@SuppressWarnings("unchecked")
class SurveiApiTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String ALL_FOURS = """
      {"persyaratan": 4, "prosedur": 4, "waktu": 4, "biaya": 4, "produk": 4,
       "kompetensi": 4, "perilaku": 4, "sarana": 4, "pengaduan": 4}""";

  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private SurveiKepuasan surveiKepuasan;

  /** Answers a call (penerimaanTelepon) to the end and returns the survey code issued with it. */
  private String answeredCallToken() {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("perihal", "INFORMASI", "ringkasanPermintaan", "Kenaikan pangkat"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("jenisKeluaran", "INFORMASI", "jawaban", "Syarat dikirim"));
    String page = surveiKepuasan.tautan(pi).orElseThrow(() -> new AssertionError("no survey issued for " + pi));
    return page.substring("/survei/".length());
  }

  private ResponseEntity<Map<String, Object>> answer(String token, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return citizen.exchange("/api/survei/" + token, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private long answers() {
    return jdbc.sql("SELECT COUNT(*) FROM survei_jawaban").query(Long.class).single();
  }

  @Test
  void theCitizenReadsTheQuestionsAndAnswersOnceWithoutLogin() {
    String token = answeredCallToken();
    assertThat(token).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    ResponseEntity<Map<String, Object>> questions = citizen.exchange("/api/survei/" + token, HttpMethod.GET, null, JSON);
    assertThat(questions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(questions.getBody()).containsEntry("layanan", "Penerimaan Telepon");
    assertThat((java.util.List<Map<String, Object>>) questions.getBody().get("unsur")).hasSize(9)
        .allSatisfy(unsur -> assertThat((java.util.List<?>) unsur.get("pilihan")).hasSize(4))
        .extracting(unsur -> unsur.get("field")).containsExactly("persyaratan", "prosedur", "waktu", "biaya",
            "produk", "kompetensi", "perilaku", "sarana", "pengaduan");

    // typed from a phone call: lower case, without dashes
    assertThat(answer(token.replace("-", "").toLowerCase(), ALL_FOURS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long stored = answers();
    ResponseEntity<Map<String, Object>> again = answer(token, ALL_FOURS);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("detail")).contains("sudah diisi");
    assertThat(answers()).isEqualTo(stored);
    assertThat(citizen.exchange("/api/survei/" + token, HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theCodeIsStoredOnlyAsAHashAndIsNoProcessVariable() {
    String token = answeredCallToken();
    String plain = token.replace("-", "");

    assertThat(jdbc.sql("SELECT COUNT(*) FROM survei_token WHERE token = ?").param(plain).query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM survei_token WHERE token = ?")
        .param(id.standarpelayanan.security.SecretCode.hash(plain)).query(Long.class).single()).isEqualTo(1);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().variableName("tokenSurvei")
        .count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().list())
        .noneMatch(v -> String.valueOf(v.getValue()).replace("-", "").contains(plain));
  }

  @Test
  void anUnknownTokenIs404AndStoresNothing() {
    long before = answers();
    assertThat(answer("tidak-dikenal", ALL_FOURS).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer("ABCD-EFGH-JKMN", ALL_FOURS).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(citizen.exchange("/api/survei/ABCD-EFGH-JKMN", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answers()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"persyaratan\": 5, \"prosedur\": 4, \"waktu\": 4, \"biaya\": 4, \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4, \"pengaduan\": 4} | persyaratan",
      "{\"persyaratan\": 4, \"prosedur\": 0, \"waktu\": 4, \"biaya\": 4, \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4, \"pengaduan\": 4} | prosedur",
      "{\"persyaratan\": 4, \"prosedur\": 4, \"waktu\": 3.5, \"biaya\": 4, \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4, \"pengaduan\": 4} | waktu",
      "{\"persyaratan\": 4, \"prosedur\": 4, \"waktu\": 4, \"biaya\": \"4\", \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4, \"pengaduan\": 4} | biaya",
      "{\"persyaratan\": 4, \"prosedur\": 4, \"waktu\": 4, \"biaya\": 4, \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4} | pengaduan",
      "{\"persyaratan\": 4, \"prosedur\": 4, \"waktu\": 4, \"biaya\": 4, \"produk\": 4, \"kompetensi\": 4, \"perilaku\": 4, \"sarana\": 4, \"pengaduan\": 4, \"lainnya\": 1} | lainnya"})
  void invalidScoresAreRefusedNamingTheElementAndTheTokenStaysUnused(String body, String field) {
    String token = answeredCallToken();
    long before = answers();

    ResponseEntity<Map<String, Object>> response = answer(token, body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat(answers()).isEqualTo(before);
    assertThat(answer(token, ALL_FOURS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffReadTheIkmOfAServiceAndPeriod() {
    String token = answeredCallToken();
    answer(token, ALL_FOURS);
    TestRestTemplate staff = citizen.withBasicAuth("kb1",
        TestUsers.ensure(processEngine.getIdentityService(), "kb1", "kepalaBidang"));
    String today = LocalDate.now(id.standarpelayanan.mutubaku.MutuBaku.WIB).toString();

    ResponseEntity<Map<String, Object>> response = staff.exchange(
        "/api/survei/ikm?proses=penerimaanTelepon&dari=" + today + "&sampai=" + today, HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> hasil = (Map<String, Object>) response.getBody().get("hasil");
    assertThat((Integer) hasil.get("jumlahResponden")).isPositive();
    assertThat(hasil).containsKeys("nrr", "ikm", "nilaiKonversi", "mutu", "kinerja");
    assertThat(citizen.exchange("/api/survei/ikm?dari=" + today + "&sampai=" + today, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(staff.exchange("/api/survei/ikm?dari=2026-12-01&sampai=2026-11-01", HttpMethod.GET, null, JSON)
        .getBody()).containsEntry("field", "sampai");
  }
}
