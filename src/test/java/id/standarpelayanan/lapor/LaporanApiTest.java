package id.standarpelayanan.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import id.standarpelayanan.security.SecretCode;

/** The citizens' side of SP4N-LAPOR! without login, and who may see a reporter's identity. */
@ExtendWith(OutputCaptureExtension.class)
class LaporanApiTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private JdbcClient jdbc;

  private TestRestTemplate nasional;
  private TestRestTemplate instansi;
  private TestRestTemplate operator;

  @BeforeEach
  void staff() {
    var identity = processEngine.getIdentityService();
    nasional = citizen.withBasicAuth("nas1", TestUsers.ensure(identity, "nas1", "adminNasional"));
    instansi = citizen.withBasicAuth("ins1", TestUsers.ensure(identity, "ins1", "adminInstansi"));
    operator = citizen.withBasicAuth("opr1", TestUsers.ensure(identity, "opr1", "operator"));
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<Map<String, Object>> lapor(String body) {
    return citizen.exchange("/api/laporan", HttpMethod.POST, json(body), JSON);
  }

  /** Number and access code of a new report. */
  private String[] filed(String body) {
    Map<String, Object> answer = lapor(body).getBody();
    return new String[] {(String) answer.get("nomor"), (String) answer.get("kodeAkses")};
  }

  private static HttpEntity<String> withCode(String code, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (code != null) {
      headers.set("X-Kode-Akses", code);
    }
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<Map<String, Object>> track(String nomor, String code) {
    return citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, withCode(code, null), JSON);
  }

  private ResponseEntity<Map<String, Object>> respond(String nomor, String code, String body) {
    return citizen.exchange("/api/laporan/" + nomor + "/tanggapan", HttpMethod.POST, withCode(code, body), JSON);
  }

  private long reports() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("pengaduanLapor").count();
  }

  private long identities() {
    return jdbc.sql("SELECT COUNT(*) FROM pelapor").query(Long.class).single();
  }

  private static final String NAMED = """
      {"judul": "Pungutan liar di loket", "isi": "Diminta uang tambahan", "kategori": "PENGADUAN",
       "anonim": false, "rahasia": %s, "nama": "Sari Lubis", "telepon": "0812-7777-0001"}""";

  @Test
  void aCitizenFilesAReportWithoutLoginAndGetsATrackingNumberAndASecretCodeStoredOnlyAsAHash() {
    ResponseEntity<Map<String, Object>> response = lapor(NAMED.formatted("false"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String nomor = (String) response.getBody().get("nomor");
    String code = (String) response.getBody().get("kodeAkses");
    assertThat(response.getBody()).containsOnlyKeys("nomor", "processInstanceId", "kodeAkses");
    assertThat(nomor).matches("LPR-\\d{4}-\\d{6}");
    // 16 characters of Crockford's base 32: 80 random bits
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/laporan/" + nomor);
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
    assertThat(runtime.getVariables(pi)).doesNotContainKeys("nama", "telepon", "email")
        .doesNotContainValue("Sari Lubis").doesNotContainValue("081277770001");
    String stored = jdbc.sql("SELECT kode_hash FROM laporan_akses WHERE nomor = ?").param(nomor)
        .query(String.class).single();
    assertThat(stored).hasSize(64).isEqualTo(SecretCode.hash(code.replace("-", ""))).doesNotContain(code);
    assertThat(lapor(NAMED.formatted("false")).getBody().get("kodeAkses")).isNotEqualTo(code);
  }

  @Test
  void aReportersIdentityNeverReachesTheLog(CapturedOutput output) {
    lapor(NAMED.formatted("true"));

    assertThat(output.getAll()).doesNotContain("Sari Lubis", "0812-7777-0001", "081277770001");
  }

  @Test
  void anAnonymousReportStoresNoIdentityAnywhere() {
    long before = identities();
    ResponseEntity<Map<String, Object>> response = lapor("""
        {"judul": "Antrean tidak tertib", "isi": "Petugas tidak ada", "kategori": "ASPIRASI", "anonim": true}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String nomor = (String) response.getBody().get("nomor");
    assertThat(identities()).isEqualTo(before);
    assertThat(nasional.exchange("/api/laporan/" + nomor + "/pelapor", HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAnonymousReportThatCarriesAnIdentityIsRefusedAndNothingIsStored() {
    long before = reports();
    long identitiesBefore = identities();

    ResponseEntity<Map<String, Object>> response = lapor("""
        {"judul": "Antrean", "isi": "Lama", "kategori": "ASPIRASI", "anonim": true, "nama": "Budi Tanjung"}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "nama");
    assertThat(reports()).isEqualTo(before);
    assertThat(identities()).isEqualTo(identitiesBefore);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains("Budi Tanjung"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"anonim\": true}                                   | judul",
      "{\"judul\": \"x\", \"kategori\": \"PENGADUAN\", \"anonim\": true}                                 | isi",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"KELUHAN\", \"anonim\": true}                    | kategori",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"telepon\": \"0812777701\"}       | nama",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"nama\": \"Sari\"}                | telepon",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"nama\": \"Sari\", \"telepon\": \"12\"}   | telepon",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"nama\": \"Sari\", \"email\": \"sari@\"}  | email",
      "{\"judul\": \"x\", \"isi\": \"x\", \"kategori\": \"PENGADUAN\", \"anonim\": \"mungkin\"}             | anonim"})
  void badInputIsRefusedNamingTheFieldAndStartsNothing(String body, String field) {
    long before = reports();

    ResponseEntity<Map<String, Object>> response = lapor(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void theReporterFollowsTheReportWithTheCodeAndSeesTheAnswerButNoInternalNoteOrPersonalData() {
    String[] report = filed(NAMED.formatted("false"));
    ResponseEntity<Map<String, Object>> received = track(report[0], report[1]);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(received.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(received.getBody()).containsEntry("status", "DITERIMA").containsEntry("statusLabel", "Diterima")
        .containsEntry("judul", "Pungutan liar di loket").containsEntry("jawaban", null)
        .containsEntry("menungguTanggapan", false);
    assertThat((String) received.getBody().get("diterima")).endsWith("+07:00");
    // typed as a person would: lower case, without dashes, O for 0 and l for 1
    String typed = report[1].replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
    assertThat(track(report[0], typed).getStatusCode()).isEqualTo(HttpStatus.OK);

    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(report[0]).singleResult().getId();
    answerAtEselon1(pi);

    Map<String, Object> answered = track(report[0], report[1]).getBody();
    assertThat(answered).containsEntry("status", "SELESAI").containsEntry("jawaban", "Petugas sudah ditegur")
        .containsEntry("menungguTanggapan", true).containsEntry("tanggapan", null).containsEntry("survei", null);
    assertThat(answered.toString()).doesNotContain("Sari", "0812", "rahasia internal");
  }

  /** Numbers are not secrets: without the report's own code a number answers as an unknown one. */
  @Test
  void withoutItsCodeAReportIsIndistinguishableFromAnUnknownNumber() {
    String[] mine = filed(NAMED.formatted("true"));
    String[] other = filed(NAMED.formatted("false"));
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(mine[0]).singleResult().getId();
    answerAtEselon1(pi);
    ResponseEntity<Map<String, Object>> unknown = track("LPR-1999-000001", mine[1]);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("title", "Tidak ditemukan")
        .containsEntry("detail", "Laporan dengan nomor dan kode akses itu tidak ditemukan.");
    String neighbour = mine[0].substring(0, 9) + "%06d".formatted(Integer.parseInt(mine[0].substring(9)) - 1);

    for (ResponseEntity<Map<String, Object>> guess : java.util.List.of(track(mine[0], null), track(mine[0], ""),
        track(mine[0], other[1]), track(mine[0], "AAAA-BBBB-CCCC-DDDD"), track(mine[0], mine[1] + "X"),
        track(neighbour, mine[1]), track(mine[0], "'; DROP TABLE laporan_akses; --"),
        respond(mine[0], other[1], "{\"puas\": true}"), respond(mine[0], null, "{\"puas\": false}"))) {
      assertThat(guess.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(guess.getBody()).containsEntry("detail", unknown.getBody().get("detail"))
          .containsOnlyKeys(unknown.getBody().keySet());
      assertThat(guess.getBody().toString()).doesNotContain("SELESAI", "ditegur", "Pungutan");
    }
    // the wrong-code responses changed nothing: the report still waits for its reporter
    assertThat(track(mine[0], mine[1]).getBody()).containsEntry("status", "SELESAI")
        .containsEntry("menungguTanggapan", true);
  }

  private void answerAtEselon1(String pi) {
    complete(pi, Map.of("laporanDiterima", true));
    complete(pi, Map.of("instansiTujuan", "Pemko Medan", "catatanVerifikasi", "rahasia internal"));
    complete(pi, Map.of("disposisiDiterima", true));
    complete(pi, Map.of("sesuaiKewenangan", true));
    complete(pi, Map.of("unitEselon1", "Inspektorat"));
    complete(pi, Map.of("responAwal", "Ditelaah"));
    complete(pi, Map.of("kewenangan", "ESELON1"));
    complete(pi, Map.of("jawaban", "Petugas sudah ditegur"));
  }

  private void complete(String pi, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), variables);
  }

  @Test
  void theReporterRespondsToTheAnswerWithTheCodeAndThenFindsTheSurvey() {
    String[] report = filed(NAMED.formatted("false"));
    assertThat(respond(report[0], report[1], "{\"puas\": true}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(report[0]).singleResult().getId();
    answerAtEselon1(pi);

    assertThat(respond(report[0], report[1], "{}").getBody()).containsEntry("field", "puas");
    assertThat(respond(report[0], report[1], "{\"puas\": true, \"catatan\": \"Terima kasih\"}").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    Map<String, Object> closed = track(report[0], report[1]).getBody();
    assertThat(closed).containsEntry("status", "DITUTUP").containsEntry("menungguTanggapan", false)
        .containsEntry("tanggapan", Map.of("puas", true, "catatan", "Terima kasih"));
    String survey = (String) closed.get("survei");
    assertThat(survey).matches("/survei/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    ResponseEntity<Map<String, Object>> questionnaire = citizen.exchange("/api/" + survey.substring(1),
        HttpMethod.GET, null, JSON);
    assertThat(questionnaire.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(questionnaire.getBody()).containsEntry("layanan", "Pengaduan SP4N-LAPOR!");
    // the survey code is nowhere in the engine, where staff could read it
    String code = survey.substring("/survei/".length());
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .noneMatch(v -> String.valueOf(v.getValue()).replace("-", "").contains(code.replace("-", "")));
  }

  @Test
  void adminNasionalReissuesALostCodeAfterCheckingTheIdentityButNotForAnAnonymousReport() {
    String[] report = filed(NAMED.formatted("true"));
    String path = "/api/laporan/" + report[0] + "/kode-akses";

    assertThat(instansi.exchange(path, HttpMethod.POST, null, JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(citizen.exchange(path, HttpMethod.POST, null, JSON).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> reissued = nasional.exchange(path, HttpMethod.POST, null, JSON);
    assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String fresh = (String) reissued.getBody().get("kodeAkses");

    assertThat(track(report[0], fresh).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(track(report[0], report[1]).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(report[0]).singleResult().getId();
    assertThat(tasks.getProcessInstanceComments(pi)).anyMatch(c -> c.getFullMessage().contains("nas1"));

    String anonymous = (String) lapor("""
        {"judul": "Antrean", "isi": "Lama", "kategori": "ASPIRASI", "anonim": true}""").getBody().get("nomor");
    ResponseEntity<Map<String, Object>> refused = nasional.exchange("/api/laporan/" + anonymous + "/kode-akses",
        HttpMethod.POST, null, JSON);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) refused.getBody().get("detail")).contains("anonim");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAdminsSeeEveryHopWithTheReasonOfEachReturn() {
    String nomor = (String) lapor(NAMED.formatted("false")).getBody().get("nomor");
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
    complete(pi, Map.of("laporanDiterima", true));
    complete(pi, Map.of("instansiTujuan", "Pemko Medan"));
    complete(pi, Map.of("disposisiDiterima", true));
    complete(pi, Map.of("sesuaiKewenangan", false, "alasanPengembalian", "Wewenang Pemprov"));

    ResponseEntity<java.util.List<Map<String, Object>>> response = instansi.exchange(
        "/api/laporan/" + nomor + "/riwayat", HttpMethod.GET, null, new ParameterizedTypeReference<>() {
        });

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extracting(hop -> hop.get("langkah")).containsExactly("terimaLaporan",
        "verifikasiNasional", "terimaDisposisiInstansi", "verifikasiInstansi", "verifikasiNasional");
    assertThat(response.getBody().get(3)).containsEntry("tingkat", "adminInstansi")
        .containsEntry("alasanPengembalian", "Wewenang Pemprov");
    assertThat(citizen.exchange("/api/laporan/" + nomor + "/riwayat", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aConfidentialReportersIdentityIsSeenOnlyByAdminNasional() {
    String secret = (String) lapor(NAMED.formatted("true")).getBody().get("nomor");
    String open = (String) lapor(NAMED.formatted("false")).getBody().get("nomor");
    String path = "/api/laporan/%s/pelapor";

    assertThat(citizen.exchange(path.formatted(secret), HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> byNasional = nasional.exchange(path.formatted(secret), HttpMethod.GET, null, JSON);
    assertThat(byNasional.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byNasional.getBody()).containsEntry("nama", "Sari Lubis").containsEntry("telepon", "081277770001");
    assertThat(instansi.exchange(path.formatted(secret), HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(instansi.exchange(path.formatted(open), HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // with authorizations on, staff of other services do not even see the report
    assertThat(operator.exchange(path.formatted(open), HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
