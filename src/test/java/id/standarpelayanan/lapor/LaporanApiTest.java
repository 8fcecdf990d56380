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
  void aCitizenFilesAReportWithoutLoginAndGetsATrackingNumber() {
    ResponseEntity<Map<String, Object>> response = lapor(NAMED.formatted("false"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String nomor = (String) response.getBody().get("nomor");
    assertThat(nomor).matches("LPR-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/laporan/" + nomor);
    String pi = (String) response.getBody().get("processInstanceId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey())
        .isEqualTo(nomor);
    assertThat(runtime.getVariables(pi)).doesNotContainKeys("nama", "telepon", "email")
        .doesNotContainValue("Sari Lubis").doesNotContainValue("081277770001");
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
  void theReporterFollowsTheReportAndSeesTheAnswerButNoInternalNoteOrPersonalData() {
    String nomor = (String) lapor(NAMED.formatted("false")).getBody().get("nomor");
    ResponseEntity<Map<String, Object>> received = citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, null, JSON);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(received.getBody()).containsEntry("status", "DITERIMA").containsEntry("jawaban", null);

    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
    answerAtEselon1(pi);

    Map<String, Object> answered = citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, null, JSON).getBody();
    assertThat(answered).containsOnlyKeys("nomor", "status", "jawaban", "survei")
        .containsEntry("status", "SELESAI").containsEntry("jawaban", "Petugas sudah ditegur");
    assertThat(answered.toString()).doesNotContain("Sari", "0812", "rahasia internal");
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
  void theReporterRespondsToTheAnswer() {
    String nomor = (String) lapor(NAMED.formatted("false")).getBody().get("nomor");
    ResponseEntity<Map<String, Object>> early = citizen.exchange("/api/laporan/" + nomor + "/tanggapan",
        HttpMethod.POST, json("{\"puas\": true}"), JSON);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    answerAtEselon1(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId());

    assertThat(citizen.exchange("/api/laporan/" + nomor + "/tanggapan", HttpMethod.POST, json("{}"), JSON)
        .getBody()).containsEntry("field", "puas");
    assertThat(citizen.exchange("/api/laporan/" + nomor + "/tanggapan", HttpMethod.POST,
        json("{\"puas\": true, \"catatan\": \"Terima kasih\"}"), JSON).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Map<String, Object> closed = citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, null, JSON).getBody();
    assertThat(closed).containsEntry("status", "DITUTUP");
    assertThat((String) closed.get("survei")).startsWith("/api/survei/");
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
  void anUnknownNumberIs404() {
    assertThat(citizen.exchange("/api/laporan/LPR-1999-000001", HttpMethod.GET, null, JSON).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(citizen.exchange("/api/laporan/LPR-1999-000001/tanggapan", HttpMethod.POST,
        json("{\"puas\": true}"), JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
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
