package id.standarpelayanan.informasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.mutubaku.MutuBaku;

/** The late-reason rule through {@code /engine-rest}, Peringatan 1 and the Dokumen Layanan over HTTP. */
class LayananInformasiApiTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 11, 24, 13, 0, 0, 0, MutuBaku.WIB).toInstant());

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private TaskService tasks;

  private ProcessInstance pi;
  private TestRestTemplate frontOffice;
  private TestRestTemplate backOffice;
  private TestRestTemplate outsider;

  @BeforeEach
  void setUp() {
    var identity = processEngine.getIdentityService();
    frontOffice = anonymous.withBasicAuth("fo1", TestUsers.ensure(identity, "fo1", "frontOffice"));
    backOffice = anonymous.withBasicAuth("bo1", TestUsers.ensure(identity, "bo1", "backOffice"));
    TestUsers.ensure(identity, "bo2", "backOffice");
    outsider = anonymous.withBasicAuth("op9", TestUsers.ensure(identity, "op9", "operator"));
    ClockUtil.setCurrentTime(NOW);
    pi = processEngine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon");
  }

  private Task currentTask() {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<Map<String, Object>> engineRest(String action, String variables) {
    return frontOffice.exchange("/engine-rest/task/" + currentTask().getId() + "/" + action, HttpMethod.POST,
        json("{\"variables\": {" + variables + "}}"), JSON);
  }

  @Test
  void lateCompletionWithoutReasonIs400ThroughCompleteAndSubmitForm() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(90)));

    ResponseEntity<Map<String, Object>> complete = engineRest("complete", "\"salamDiucapkan\": {\"value\": true}");
    ResponseEntity<Map<String, Object>> submit = engineRest("submit-form", "\"salamDiucapkan\": {\"value\": true}");

    for (ResponseEntity<Map<String, Object>> response : List.of(complete, submit)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).containsEntry("field", "alasanKeterlambatan");
      assertThat((String) response.getBody().get("message")).contains("melewati tenggat mutu baku");
    }
    assertThat(currentTask().getTaskDefinitionKey()).isEqualTo("ucapkanSalam");

    ResponseEntity<Map<String, Object>> withReason = engineRest("submit-form",
        "\"salamDiucapkan\": {\"value\": true}, \"alasanKeterlambatan\": {\"value\": \"Telepon terputus\"}");

    assertThat(withReason.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(currentTask().getTaskDefinitionKey()).isEqualTo("catatIdentitas");
  }

  @Test
  void invalidIdentityThroughEngineRestIs400NamingTheField() {
    tasks.complete(currentTask().getId(), Map.of("salamDiucapkan", true));

    ResponseEntity<Map<String, Object>> response = engineRest("complete",
        "\"namaPemohon\": {\"value\": \"Budi\"}, \"instansi\": {\"value\": \"SD 2\"},"
            + " \"kabupatenKota\": {\"value\": \"Kota Medan\"}, \"pertanyaan\": {\"value\": \"BOS\"},"
            + " \"nomorTelepon\": {\"value\": \"telepon saya\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "nomorTelepon");
  }

  @Test
  void otherEngineErrorsKeepCamundasAnswer() {
    ResponseEntity<Map<String, Object>> response = frontOffice.exchange("/engine-rest/task/tidak-ada/complete",
        HttpMethod.POST, json("{}"), JSON);

    assertThat(response.getStatusCode().is4xxClientError() || response.getStatusCode().is5xxServerError()).isTrue();
    assertThat(response.getBody()).doesNotContainKey("field");
  }

  private void forwardToBackOffice() {
    tasks.complete(currentTask().getId(), Map.of("salamDiucapkan", true));
    tasks.complete(currentTask().getId(), LayananInformasiTeleponProcessTest.identity());
    tasks.complete(currentTask().getId(), Map.of("hasilTelaah", "Perlu unit", "informasiTersedia", false));
  }

  private ResponseEntity<Map<String, Object>> handOver(TestRestTemplate caller, String taskId, String body) {
    return caller.exchange("/api/tugas/" + taskId + "/penugasan", HttpMethod.POST, json(body), JSON);
  }

  @Test
  void absentOfficersTaskIsHandedOverWithAnAssignmentLetter() {
    forwardToBackOffice();
    String taskId = currentTask().getId();
    tasks.setAssignee(taskId, "bo1");

    ResponseEntity<Map<String, Object>> response = handOver(backOffice, taskId,
        "{\"pelaksanaBaru\": \"bo2\", \"nomorSuratPenugasan\": \"ST-123/BPMP/2026\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("pelaksanaSebelumnya", "bo1").containsEntry("pelaksanaBaru", "bo2");
    assertThat(currentTask().getAssignee()).isEqualTo("bo2");
    assertThat(tasks.getVariableLocal(taskId, "nomorSuratPenugasan")).isEqualTo("ST-123/BPMP/2026");
    assertThat(processEngine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type("assignee").operationType("add").list()).extracting(log -> log.getUserId())
        .containsExactlyInAnyOrder("bo1", "bo2");
  }

  @Test
  void handOverNeedsLetterAMemberOfTheLaneAndACallerFromTheLane() {
    forwardToBackOffice();
    String taskId = currentTask().getId();

    assertThat(handOver(backOffice, taskId, "{\"pelaksanaBaru\": \"bo2\"}").getBody())
        .containsEntry("field", "nomorSuratPenugasan");
    assertThat(handOver(backOffice, taskId, "{\"pelaksanaBaru\": \"fo1\", \"nomorSuratPenugasan\": \"ST-1\"}").getBody())
        .containsEntry("field", "pelaksanaBaru");
    assertThat(handOver(backOffice, taskId, "{\"pelaksanaBaru\": \"siapa\", \"nomorSuratPenugasan\": \"ST-1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // with authorizations on, an officer of another lane does not even see the task
    assertThat(handOver(outsider, taskId, "{\"pelaksanaBaru\": \"bo2\", \"nomorSuratPenugasan\": \"ST-1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(handOver(backOffice, "tidak-ada", "{\"pelaksanaBaru\": \"bo2\", \"nomorSuratPenugasan\": \"ST-1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(currentTask().getAssignee()).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void dokumenLayananTellsWhoCalledWhatWasAskedAndAnsweredByWhomAndEveryStepAgainstItsMutuBaku() {
    forwardToBackOffice();
    String informTask = currentTask().getId();
    tasks.setAssignee(informTask, "bo1");
    handOver(backOffice, informTask, "{\"pelaksanaBaru\": \"bo2\", \"nomorSuratPenugasan\": \"ST-9/2026\"}");
    ClockUtil.setCurrentTime(Date.from(currentTask().getDueDate().toInstant().plusSeconds(30)));
    tasks.complete(informTask, Map.of("pemohonDiberitahu", true, "alasanKeterlambatan", "Menunggu sambungan"));
    Task coordination = currentTask();
    tasks.setAssignee(coordination.getId(), "ut1");
    tasks.complete(coordination.getId(), Map.of("unitPenjawab", "Seksi Penjaminan Mutu", "jawaban", "Maret 2027"));

    ResponseEntity<Map<String, Object>> response = backOffice.exchange(
        "/api/informasi/" + pi.getId() + "/dokumen-layanan", HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> dokumen = response.getBody();
    assertThat(dokumen).containsEntry("nomor", pi.getBusinessKey()).containsEntry("status", "BERJALAN")
        .containsEntry("jalur", "B").containsEntry("pertanyaan", "Jadwal akreditasi sekolah")
        .containsEntry("jawaban", "Maret 2027").containsEntry("dijawabOleh", "ut1 (Seksi Penjaminan Mutu)");
    assertThat((Map<String, Object>) dokumen.get("pemohon")).containsEntry("nama", "Rina Siregar")
        .containsEntry("kabupatenKota", "Kabupaten Toba").containsEntry("nomorTelepon", "081260001234");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) dokumen.get("langkah");
    assertThat(steps).extracting(step -> step.get("taskKey")).containsExactly("ucapkanSalam", "catatIdentitas",
        "telaahPermintaan", "informasikanPenerusan", "koordinasiUnit", "teleponKembali");
    Map<String, Object> inform = steps.get(3);
    assertThat(inform).containsEntry("status", "TERLAMBAT").containsEntry("mutuBakuDetik", 120)
        .containsEntry("alasanKeterlambatan", "Menunggu sambungan").containsEntry("pelaksana", "bo2");
    assertThat((List<String>) inform.get("pemegang")).containsExactly("bo1", "bo2");
    assertThat((List<String>) inform.get("penugasan")).singleElement().asString().contains("ST-9/2026");
    assertThat(steps.get(0)).containsEntry("status", "TEPAT_WAKTU").containsEntry("mutuBakuDetik", 60);
    assertThat(steps.get(5)).containsEntry("status", "BERJALAN").containsEntry("mutuBakuDetik", 300);
    assertThat((String) steps.get(0).get("tenggat")).endsWith("+07:00");
  }

  @Test
  void dokumenLayananOfUnknownCallIs404() {
    assertThat(backOffice.exchange("/api/informasi/tidak-ada/dokumen-layanan", HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
