package id.standarpelayanan.informasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;

/**
 * Peringatan 1 inside the engine ({@link PenugasanGuard}): every API path by which a person could
 * hand a task of {@code layananInformasiTelepon} to a colleague without a letter is refused 403 in
 * Bahasa Indonesia and changes nothing; claiming, giving up one's own task, the administrator, the
 * letter endpoint and the engine's own calls stay allowed. One test per path also guards the
 * Camunda command each path goes through.
 */
class PenugasanGuardTest extends IntegrationTest {

  private static final String ENGINE_REST = "/engine-rest/task/";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default/task/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private TaskService tasks;

  private ProcessInstance pi;
  private String taskId;
  private TestRestTemplate petugas;
  private String petugasPassword;

  @BeforeEach
  void setUp() {
    IdentityService identity = processEngine.getIdentityService();
    petugasPassword = TestUsers.ensure(identity, "pgFo1", "frontOffice");
    petugas = anonymous.withBasicAuth("pgFo1", petugasPassword);
    TestUsers.ensure(identity, "pgFo2", "frontOffice");
    pi = processEngine.getRuntimeService().startProcessInstanceByKey(LayananInformasiTelepon.PROCESS_KEY);
    taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }

  @AfterEach
  void tearDown() {
    processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "uji selesai");
  }

  private String assignee() {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    return task.getAssignee();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<String> post(TestRestTemplate caller, String path, String body) {
    return caller.exchange(ENGINE_REST + taskId + path, HttpMethod.POST, json(body), String.class);
  }

  /** A refusal of the guard: 403 with its Indonesian message, and the assignee as before. */
  private void assertRefused(ResponseEntity<String> answer, String assigneeBefore) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
    assertThat(JSON.readTree(answer.getBody()).path("message").asText())
        .startsWith("Tugas hanya dapat dialihkan kepada petugas lain dengan surat penugasan")
        .contains("/api/tugas/" + taskId + "/penugasan");
    assertThat(assignee()).isEqualTo(assigneeBefore);
  }

  @Test
  void claimingForOneselfAndGivingUpOnesOwnTaskAreAllowed() {
    assertThat(post(petugas, "/claim", "{\"userId\": \"pgFo1\"}").getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo("pgFo1");
    assertThat(post(petugas, "/unclaim", "").getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isNull();
    // the assignee field with one's own name is a claim too
    assertThat(post(petugas, "/assignee", "{\"userId\": \"pgFo1\"}").getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo("pgFo1");
  }

  @Test
  void assigningAColleagueThroughEngineRestIsRefused() throws Exception {
    assertRefused(post(petugas, "/assignee", "{\"userId\": \"pgFo2\"}"), null);
  }

  @Test
  void claimingForAColleagueIsRefused() throws Exception {
    assertRefused(post(petugas, "/claim", "{\"userId\": \"pgFo2\"}"), null);
  }

  @Test
  void handingOnOnesOwnTaskThroughEngineRestIsRefused() throws Exception {
    tasks.setAssignee(taskId, "pgFo1");
    assertRefused(post(petugas, "/assignee", "{\"userId\": \"pgFo2\"}"), "pgFo1");
  }

  @Test
  void delegatingIsRefused() throws Exception {
    tasks.setAssignee(taskId, "pgFo1");
    assertRefused(post(petugas, "/delegate", "{\"userId\": \"pgFo2\"}"), "pgFo1");
  }

  @Test
  void anAssigneeIdentityLinkIsRefused() throws Exception {
    assertRefused(post(petugas, "/identity-links", "{\"userId\": \"pgFo2\", \"type\": \"assignee\"}"), null);
  }

  @Test
  void puttingTheTaskBackWithAnotherAssigneeIsRefused() throws Exception {
    JsonNode task = JSON.readTree(petugas.getForObject(ENGINE_REST + taskId, String.class));
    String body = "{\"name\": " + JSON.writeValueAsString(task.path("name").asText())
        + ", \"assignee\": \"pgFo2\", \"due\": " + JSON.writeValueAsString(task.path("due").asText()) + "}";
    assertRefused(petugas.exchange(ENGINE_REST + taskId, HttpMethod.PUT, json(body), String.class), null);
  }

  @Test
  void takingOrDroppingAColleaguesTaskIsAHandOverToo() throws Exception {
    tasks.setAssignee(taskId, "pgFo2");
    assertRefused(post(petugas, "/assignee", "{\"userId\": \"pgFo1\"}"), "pgFo2");
    assertRefused(post(petugas, "/unclaim", ""), "pgFo2");
    assertRefused(post(petugas, "/identity-links/delete", "{\"userId\": \"pgFo2\", \"type\": \"assignee\"}"), "pgFo2");
  }

  @Test
  void tasklistsAssigneeFieldIsRefusedAndItsClaimWorks() throws Exception {
    WebappSession session = WebappSession.login(anonymous, "tasklist", "pgFo1", petugasPassword);
    assertThat(session.loggedIn()).isTrue();

    assertRefused(anonymous.exchange(TASKLIST_API + taskId + "/assignee", HttpMethod.POST,
        new HttpEntity<>("{\"userId\": \"pgFo2\"}", session.json()), String.class), null);

    assertThat(anonymous.exchange(TASKLIST_API + taskId + "/claim", HttpMethod.POST,
        new HttpEntity<>("{\"userId\": \"pgFo1\"}", session.json()), String.class).getStatusCode().value())
        .isEqualTo(204);
    assertRefused(anonymous.exchange(TASKLIST_API + taskId + "/assignee", HttpMethod.POST,
        new HttpEntity<>("{\"userId\": \"pgFo2\"}", session.json()), String.class), "pgFo1");
    assertThat(anonymous.exchange(TASKLIST_API + taskId + "/unclaim", HttpMethod.POST,
        new HttpEntity<>("", session.json()), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isNull();
  }

  @Test
  void theLetterEndpointHandsOver() {
    tasks.setAssignee(taskId, "pgFo1");
    ResponseEntity<String> answer = petugas.exchange("/api/tugas/" + taskId + "/penugasan", HttpMethod.POST,
        json("{\"pelaksanaBaru\": \"pgFo2\", \"nomorSuratPenugasan\": \"800/17/BPMP/2026\"}"), String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(assignee()).isEqualTo("pgFo2");
    assertThat(tasks.getVariableLocal(taskId, PenugasanController.NOMOR_SURAT)).isEqualTo("800/17/BPMP/2026");
  }

  @Test
  void anAdministratorAssignsAnyone() {
    TestRestTemplate admin = anonymous.withBasicAuth("pgAdmin",
        TestUsers.ensure(processEngine.getIdentityService(), "pgAdmin", Groups.CAMUNDA_ADMIN));
    assertThat(post(admin, "/assignee", "{\"userId\": \"pgFo2\"}").getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo("pgFo2");
    assertThat(post(admin, "/assignee", "{\"userId\": \"pgFo1\"}").getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo("pgFo1");
  }

  @Test
  void theEnginesOwnCallsWithoutAPersonStayAllowed() {
    tasks.setAssignee(taskId, "pgFo1");
    tasks.setAssignee(taskId, "pgFo2");
    assertThat(assignee()).isEqualTo("pgFo2");
  }

  @Test
  void aCompletionByAPersonRunsTheModelUnchecked() {
    // the model's own assignments run inside a person's completion: the guard looks at the outermost
    // command, and a completion is not a hand-over
    tasks.setAssignee(taskId, "pgFo1");
    processEngine.getIdentityService().setAuthentication("pgFo1", java.util.List.of("frontOffice"));
    try {
      tasks.complete(taskId, Map.of("salamDiucapkan", true));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("catatIdentitas");
  }

  @Test
  void otherStandardsKeepCamundasAssigneeField() {
    // Peringatan 1 is a rule of seed 003 only: a call of penerimaanTelepon is handed on as before
    TestRestTemplate unit = anonymous.withBasicAuth("pgMutasi1",
        TestUsers.ensure(processEngine.getIdentityService(), "pgMutasi1", "bidangMutasiStatus"));
    TestUsers.ensure(processEngine.getIdentityService(), "pgMutasi2", "bidangMutasiStatus");
    ProcessInstance call = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102"));
    try {
      String callTask = tasks.createTaskQuery().processInstanceId(call.getId()).singleResult().getId();
      ResponseEntity<String> answer = unit.exchange(ENGINE_REST + callTask + "/assignee", HttpMethod.POST,
          json("{\"userId\": \"pgMutasi2\"}"), String.class);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
      assertThat(tasks.createTaskQuery().taskId(callTask).singleResult().getAssignee()).isEqualTo("pgMutasi2");
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(call.getId(), "uji selesai");
    }
  }
}
