package id.standarpelayanan.telepon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.penelepon.IdentitasPenelepon;
import id.standarpelayanan.TestUsers;

/** {@code POST /api/panggilan} and {@code GET /api/mutu-baku/pelanggaran} over HTTP. */
class PanggilanApiTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {
      };

  @Autowired
  private IdentitasPenelepon identitas;
  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;

  private TestRestTemplate telephony;

  @BeforeEach
  void logIn() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "telefoni", "operator");
    telephony = anonymous.withBasicAuth("telefoni", password);
  }

  private ResponseEntity<Map<String, Object>> post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return telephony.exchange("/api/panggilan", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  @Test
  void callOnExtension102BecomesATaskOfBidangMutasiStatusDueInOneMinute() {
    ResponseEntity<Map<String, Object>> response =
        post("{\"nomorPenelepon\": \"061-8453744\", \"ekstensi\": \"102\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) response.getBody().get("processInstanceId");
    assertThat((String) response.getBody().get("businessKey")).matches("TLP-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasPath("/engine-rest/process-instance/" + id);

    Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("terimaPanggilan");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("bidangMutasiStatus").count())
        .isOne();
    Job timer = management.createJobQuery().processInstanceId(id).timers().singleResult();
    assertThat(task.getDueDate()).isEqualTo(timer.getDuedate());
    assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
        .isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1));
    assertThat(identitas.baca(id, "nomorPenelepon")).isEqualTo("0618453744");
    assertThat(runtime.getVariable(id, "nomorPenelepon")).as("kept apart from the engine").isNull();
  }

  @Test
  void extensionMayBeLeftOutOrGivenAsNumber() {
    assertThat(post("{\"nomorPenelepon\": \"0821 1755 1106\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post("{\"nomorPenelepon\": \"0821 1755 1106\", \"ekstensi\": 0}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"nomorPenelepon\": \"12345\", \"ekstensi\": \"102\"}          | nomorPenelepon",
      "{\"nomorPenelepon\": \"0812-abc-999\", \"ekstensi\": \"102\"}   | nomorPenelepon",
      "{\"nomorPenelepon\": \"   \", \"ekstensi\": \"102\"}            | nomorPenelepon",
      "{\"ekstensi\": \"102\"}                                          | nomorPenelepon",
      "{}                                                              | nomorPenelepon",
      "{\"nomorPenelepon\": \"0618453744\", \"ekstensi\": \"999\"}      | ekstensi",
      "{\"nomorPenelepon\": \"0618453744\", \"ekstensi\": \"1O2\"}      | ekstensi",
      "{\"nomorPenelepon\": \"0618453744\", \"ekstensi\": {\"a\": 1}}    | ekstensi",
      "{\"nomorPenelepon\": [\"0618453744\"]}                           | nomorPenelepon"})
  void badInputIsRefusedNamingTheFieldAndStartsNothing(String body, String field) {
    long before = runtime.createProcessInstanceQuery().count();

    ResponseEntity<Map<String, Object>> response = post(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat((String) response.getBody().get("detail")).isNotBlank();
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsRefused() {
    long before = runtime.createProcessInstanceQuery().count();

    ResponseEntity<Map<String, Object>> response = post("{\"nomorPenelepon\": \"0618453744\", ");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("detail")).contains("JSON");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void unknownExtensionMessageListsTheMenu() {
    ResponseEntity<Map<String, Object>> response =
        post("{\"nomorPenelepon\": \"0618453744\", \"ekstensi\": \"999\"}");

    assertThat((String) response.getBody().get("detail"))
        .contains("100", "101", "102", "201", "202", "203", "0");
  }

  @Test
  void firedTimerIsListedAsBreach() {
    String id = (String) post("{\"nomorPenelepon\": \"061-8453626\", \"ekstensi\": \"102\"}")
        .getBody().get("processInstanceId");
    Job timer = management.createJobQuery().processInstanceId(id).timers().singleResult();
    management.executeJob(timer.getId());

    ResponseEntity<List<Map<String, Object>>> response = telephony.exchange(
        "/api/mutu-baku/pelanggaran?processInstanceId=" + id, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {
        });

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).singleElement().satisfies(breach -> {
      assertThat(breach).containsEntry("processInstanceId", id).containsEntry("taskKey", "terimaPanggilan")
          .containsKeys("businessKey", "dueTime", "firedTime");
      assertThat((String) breach.get("dueTime")).endsWith("+07:00");
    });
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskCandidateGroup("operator").count()).isOne();
  }

  @Test
  void breachListNeedsTheProcessInstance() {
    ResponseEntity<Map<String, Object>> response =
        telephony.exchange("/api/mutu-baku/pelanggaran", HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "processInstanceId");
  }
}
