package id.standarpelayanan.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

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
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;

/**
 * Tasklist's date controls on a task (issue 18), as Tasklist drives them: it reads the task (HAL),
 * drops {@code _embedded} and {@code _links}, changes one date and sends the whole task back with
 * {@code PUT}. The follow-up date is set and cleared ({@code api.TaskFormRefReadOnly}: the task's
 * {@code camundaFormRef} no longer fails the request); the due date, a step's mutu baku, is neither
 * moved nor cleared by staff ({@link TenggatTetap}) and its controls are hidden in Tasklist.
 */
class TanggalTugasTest extends IntegrationTest {

  private static final String TASK_API = "/camunda/api/engine/engine/default/task/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private TaskService tasks;

  private ProcessInstance pi;
  private String taskId;
  private WebappSession session;

  @BeforeEach
  void setUp() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "ttFo1", "frontOffice");
    session = WebappSession.login(anonymous, "tasklist", "ttFo1", password);
    assertThat(session.loggedIn()).isTrue();
    pi = processEngine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon");
    taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
  }

  @AfterEach
  void tearDown() {
    processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "uji selesai");
  }

  private Task task() {
    return tasks.createTaskQuery().taskId(taskId).singleResult();
  }

  /** The task as Tasklist holds it: read as HAL, without _embedded and _links. */
  private ObjectNode asTasklistHoldsIt(HttpHeaders headers) throws Exception {
    HttpHeaders hal = new HttpHeaders();
    hal.putAll(headers);
    hal.setAccept(List.of(MediaType.valueOf("application/hal+json")));
    ResponseEntity<String> read = anonymous.exchange(TASK_API + taskId, HttpMethod.GET, new HttpEntity<>(hal),
        String.class);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    ObjectNode task = (ObjectNode) JSON.readTree(read.getBody());
    task.remove("_embedded");
    task.remove("_links");
    return task;
  }

  private ResponseEntity<String> putBack(ObjectNode task, HttpHeaders headers) {
    return anonymous.exchange(TASK_API + taskId, HttpMethod.PUT, new HttpEntity<>(task.toString(), headers),
        String.class);
  }

  @Test
  void theFollowUpDateIsSetAndClearedAsTasklistSendsIt() throws Exception {
    ObjectNode task = asTasklistHoldsIt(session.json());
    // the property that failed every such request, sent back as read
    assertThat(task.path("camundaFormRef").path("key").asText()).isEqualTo("layananInformasiTelepon-ucapkanSalam");
    task.put("followUp", "2026-12-02T09:00:00.000+0700");

    ResponseEntity<String> set = putBack(task, session.json());

    assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(204);
    assertThat(task().getFollowUpDate()).isEqualTo(new Date(1_796_176_800_000L));

    ObjectNode again = asTasklistHoldsIt(session.json());
    again.putNull("followUp");
    ResponseEntity<String> cleared = putBack(again, session.json());
    assertThat(cleared.getStatusCode().value()).as(cleared.getBody()).isEqualTo(204);
    assertThat(task().getFollowUpDate()).isNull();
    // what Tasklist reads is unchanged: the form reference is still reported
    assertThat(asTasklistHoldsIt(session.json()).path("camundaFormRef").path("binding").asText()).isEqualTo("deployment");
  }

  @Test
  void theMutuBakuDueDateIsNeitherMovedNorClearedByStaff() throws Exception {
    Date due = task().getDueDate();
    assertThat(due).isNotNull();
    for (String changed : new String[] {null, "2026-12-31T16:00:00.000+0700"}) {
      ObjectNode task = asTasklistHoldsIt(session.json());
      if (changed == null) {
        task.putNull("due");
      } else {
        task.put("due", changed);
      }
      ResponseEntity<String> refused = putBack(task, session.json());
      assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
      JsonNode body = JSON.readTree(refused.getBody());
      assertThat(body.path("message").asText()).isEqualTo(TenggatTetap.MESSAGE);
      assertThat(task().getDueDate()).isEqualTo(due);
    }
  }

  @Test
  void anAdministratorMayCorrectADueDate() throws Exception {
    WebappSession admin = WebappSession.login(anonymous, "tasklist", "ttAdmin",
        TestUsers.ensure(processEngine.getIdentityService(), "ttAdmin", Groups.CAMUNDA_ADMIN));
    ObjectNode task = asTasklistHoldsIt(admin.json());
    task.put("due", "2026-12-31T16:00:00.000+0700");
    ResponseEntity<String> moved = putBack(task, admin.json());
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
    assertThat(task().getDueDate()).isEqualTo(new Date(1_798_707_600_000L));
  }

  @Test
  void tasklistShowsTheDueDateWithoutItsEditingControls() {
    String css = anonymous.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class);
    assertThat(css).contains("[cam-tasklist-task-meta] .reset-due-date {\n  display: none !important;")
        .contains("[cam-tasklist-task-meta] [cam-widget-inline-field].due-date {\n  pointer-events: none;")
        .doesNotContain("reset-follow-up-date");
  }
}
