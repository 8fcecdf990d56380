package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;

/**
 * What the public sees of a report changes only through the process's steps: every way
 * {@code /engine-rest} offers to write a variable, start a report or send the reporter's response
 * is refused (403) to the candidate of the step and to an administrator alike, and the tracking
 * page keeps showing the truth.
 */
class VariableWriteGuardTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private PenerimaanLaporan penerimaan;

  private TestRestTemplate candidate;
  private TestRestTemplate admin;
  private TestRestTemplate callCenter;

  private String nomor;
  private String kode;
  private String pi;

  @BeforeEach
  void aReportWaitingAtItsFirstStep() {
    var identity = processEngine.getIdentityService();
    candidate = rest.withBasicAuth("vwgNasional", TestUsers.ensure(identity, "vwgNasional", "adminNasional"));
    admin = rest.withBasicAuth("vwgAdmin", TestUsers.ensure(identity, "vwgAdmin", "camunda-admin"));
    callCenter = rest.withBasicAuth("vwgCc", TestUsers.ensure(identity, "vwgCc", "petugasCallCenter"));
    PenerimaanLaporan.Diterima report = penerimaan.terima(new LaporanBaru("Pungutan di loket", "Diminta uang tambahan",
        "PENGADUAN", false, true, "Dewi Nasution", "0812-7777-0003", null, false), "WEB", Map.of());
    nomor = report.nomor();
    kode = report.kodeAkses();
    pi = report.processInstanceId();
  }

  private String task() {
    return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private Map<String, Object> publicPage() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Kode-Akses", kode);
    ResponseEntity<String> page = rest.exchange("/api/laporan/" + nomor, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readValue(page.getBody(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
    });
  }

  private void assertRefused(ResponseEntity<String> response, String what) {
    assertThat(response.getStatusCode()).as(what + ": " + response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void assertUntouched(String taskId) throws Exception {
    Map<String, Object> variables = runtime.getVariables(pi);
    assertThat(variables).containsEntry("judul", "Pungutan di loket").containsEntry("isi", "Diminta uang tambahan")
        .containsEntry("statusLaporan", "DITERIMA").containsEntry("rahasia", true).doesNotContainKey("jawaban");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(publicPage()).containsEntry("status", "DITERIMA").containsEntry("jawaban", null)
        .containsEntry("judul", "Pungutan di loket");
  }

  @Test
  void theStepsCandidateCannotWriteWhatThePublicSeesThroughAnyTaskEndpoint() throws Exception {
    String t = task();
    List<Object[]> attempts = List.of(
        new Object[] {HttpMethod.PUT, "/task/" + t + "/variables/statusLaporan", "{\"value\": \"SELESAI\"}"},
        new Object[] {HttpMethod.PUT, "/task/" + t + "/variables/jawaban", "{\"value\": \"Sudah beres\"}"},
        new Object[] {HttpMethod.POST, "/task/" + t + "/variables", "{\"modifications\": {\"isi\": {\"value\": \"palsu\"}}}"},
        new Object[] {HttpMethod.POST, "/task/" + t + "/variables", "{\"deletions\": [\"judul\"]}"},
        new Object[] {HttpMethod.DELETE, "/task/" + t + "/variables/rahasia", null},
        new Object[] {HttpMethod.PUT, "/task/" + t + "/localVariables/jawaban", "{\"value\": \"palsu\"}"},
        new Object[] {HttpMethod.POST, "/task/" + t + "/complete",
            "{\"variables\": {\"laporanDiterima\": {\"value\": true}, \"statusLaporan\": {\"value\": \"SELESAI\"}}}"},
        new Object[] {HttpMethod.POST, "/task/" + t + "/submit-form",
            "{\"variables\": {\"laporanDiterima\": {\"value\": true}, \"jawaban\": {\"value\": \"palsu\"}}}"},
        // a read-only field of the form may come back only as it was
        new Object[] {HttpMethod.POST, "/task/" + t + "/submit-form",
            "{\"variables\": {\"laporanDiterima\": {\"value\": true}, \"judul\": {\"value\": \"Judul palsu\"}}}"},
        new Object[] {HttpMethod.POST, "/task/" + t + "/complete",
            "{\"variables\": {\"laporanDiterima\": {\"value\": true}, \"rahasia\": {\"value\": false}}}"});
    for (Object[] attempt : attempts) {
      ResponseEntity<String> response = candidate.exchange("/engine-rest" + attempt[1], (HttpMethod) attempt[0],
          attempt[2] == null ? null : json((String) attempt[2]), String.class);
      assertRefused(response, attempt[0] + " " + attempt[1] + " " + attempt[2]);
      assertThat(response.getBody()).contains("langkah proses");
    }
    assertUntouched(t);
  }

  @Test
  void tasklistsSubmissionWithTheReadOnlyFieldsUnchangedCompletesTheStep() throws Exception {
    String t = task();
    ResponseEntity<String> response = candidate.exchange("/engine-rest/task/" + t + "/submit-form", HttpMethod.POST,
        json("{\"variables\": {\"laporanDiterima\": {\"value\": true}, \"judul\": {\"value\": \"Pungutan di loket\"},"
            + " \"kategori\": {\"value\": \"PENGADUAN\"}, \"isi\": {\"value\": \"Diminta uang tambahan\"}}}"),
        String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
        .isEqualTo("verifikasiNasional");
    assertThat(runtime.getVariable(pi, "judul")).isEqualTo("Pungutan di loket");
  }

  @Test
  void anAdministratorCannotWriteThemOrSendTheReportersResponseEither() throws Exception {
    String t = task();
    List<Object[]> attempts = List.of(
        new Object[] {HttpMethod.PUT, "/process-instance/" + pi + "/variables/jawaban", "{\"value\": \"Sudah beres\"}"},
        new Object[] {HttpMethod.POST, "/process-instance/" + pi + "/variables",
            "{\"modifications\": {\"statusLaporan\": {\"value\": \"DITUTUP\"}}}"},
        new Object[] {HttpMethod.PUT, "/execution/" + pi + "/localVariables/isi", "{\"value\": \"palsu\"}"},
        // moving the report to its end with a modification would publish a status nobody earned
        new Object[] {HttpMethod.POST, "/process-instance/" + pi + "/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"laporanDitutup\"}]}"},
        new Object[] {HttpMethod.POST, "/process-instance/" + pi + "/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"terimaLaporan\","
                + " \"variables\": {\"jawaban\": {\"value\": \"palsu\", \"local\": false}}}]}"});
    for (Object[] attempt : attempts) {
      ResponseEntity<String> response = admin.exchange("/engine-rest" + attempt[1], (HttpMethod) attempt[0],
          json((String) attempt[2]), String.class);
      assertRefused(response, attempt[0] + " " + attempt[1] + " " + attempt[2]);
    }
    assertUntouched(t);
  }

  @Test
  void onlyTheReporterRespondsToTheAnswerEvenWithoutVariables() throws Exception {
    toTheAnswer();
    assertThat(publicPage()).containsEntry("status", "SELESAI").containsEntry("menungguTanggapan", true);

    for (String variables : List.of("", ", \"processVariables\": {\"puas\": {\"value\": true}}",
        ", \"processVariables\": {\"puas\": {\"value\": false}}")) {
      ResponseEntity<String> response = admin.exchange("/engine-rest/message", HttpMethod.POST,
          json("{\"messageName\": \"tanggapanPelapor\", \"businessKey\": \"" + nomor + "\"" + variables + "}"),
          String.class);
      assertRefused(response, "message " + variables);
    }
    assertThat(publicPage()).containsEntry("status", "SELESAI").containsEntry("menungguTanggapan", true);
  }

  private void toTheAnswer() {
    for (Map<String, Object> step : List.<Map<String, Object>>of(Map.of("laporanDiterima", true),
        Map.of("instansiTujuan", "Pemko Medan"), Map.of("disposisiDiterima", true), Map.of("sesuaiKewenangan", true),
        Map.of("unitEselon1", "Inspektorat"), Map.of("responAwal", "Ditelaah"), Map.of("kewenangan", "ESELON1"),
        Map.of("jawaban", "Petugas sudah ditegur"))) {
      tasks.complete(task(), step);
    }
  }

  @Test
  void aBatchThatSetsThemFailsAndChangesNothing() throws Exception {
    String t = task();
    ResponseEntity<String> created = admin.exchange("/engine-rest/process-instance/variables-async", HttpMethod.POST,
        json("{\"processInstanceIds\": [\"" + pi + "\"], \"variables\": {\"statusLaporan\": {\"value\": \"DITUTUP\"}}}"),
        String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
    Batch batch = management.createBatchQuery().batchId(JSON.readTree(created.getBody()).path("id").asText()).singleResult();
    try {
      for (Job seed : management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()) {
        management.executeJob(seed.getId());
      }
      List<Job> jobs = management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list();
      assertThat(jobs).isNotEmpty();
      for (Job job : jobs) {
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("langkah proses");
      }
      assertUntouched(t);
    } finally {
      management.deleteBatch(batch.getId(), true);
    }
  }

  @Test
  void noOneStartsAReportOrTakesANumberThroughEngineRest() throws Exception {
    long reports = runtime.createProcessInstanceQuery().processDefinitionKey("pengaduanLapor").count();
    String variables = "\"variables\": {\"judul\": {\"value\": \"x\"}, \"isi\": {\"value\": \"x\"},"
        + " \"kategori\": {\"value\": \"PENGADUAN\"}, \"anonim\": {\"value\": true}, \"rahasia\": {\"value\": false}}";
    int year = Integer.parseInt(nomor.substring(4, 8));
    int next = Integer.parseInt(nomor.substring(9)) + 1;
    String reserved = "LPR-%d-%06d".formatted(year, next);

    for (TestRestTemplate staff : List.of(admin, callCenter, candidate)) {
      for (String key : List.of(nomor, reserved, "LPR-2026-099999")) {
        assertRefused(staff.exchange("/engine-rest/process-definition/key/pengaduanLapor/start", HttpMethod.POST,
            json("{\"businessKey\": \"" + key + "\", " + variables + "}"), String.class), "start " + key);
      }
      assertRefused(staff.exchange("/engine-rest/process-definition/key/pengaduanLapor/submit-form", HttpMethod.POST,
          json("{" + variables + "}"), String.class), "submit start form");
    }

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("pengaduanLapor").count()).isEqualTo(reports);
    assertThat(publicPage()).containsEntry("status", "DITERIMA");
    // the number a stranger tried to take goes to the next citizen, whose report works
    PenerimaanLaporan.Diterima following = penerimaan.terima(new LaporanBaru("Antrean", "Lama", "ASPIRASI", true, false,
        null, null, null, false), "WEB", Map.of());
    assertThat(following.nomor()).isEqualTo(reserved);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reserved).count()).isEqualTo(1);
  }

  /** The Camunda internals the guard reads (VariableWriteGuard's class comment): an upgrade that moves them fails here. */
  @Test
  void camundasCompletionCommandsStillHaveTheFieldsTheGuardReads() {
    assertThat(VariableWriteGuard.submissionsReadable()).isTrue();
  }
}
