package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** Managers see every process and its instances, and change nothing: no cancel, no variables, no task work. */
class ManajerReadOnlyTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;

  private TestRestTemplate manajer;
  private String pi;

  @BeforeEach
  void aRunningCall() {
    manajer = anonymous.withBasicAuth("mgrRo", TestUsers.ensure(processEngine.getIdentityService(), "mgrRo", "manajer"));
    pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @Test
  void seesEveryProcessAndItsRunningInstances() {
    var definitions = manajer.exchange("/engine-rest/process-definition?latestVersion=true", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        });
    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).extracting(d -> d.get("key")).contains("penerimaanTelepon",
        "layananInformasiTelepon", "callCenter", "pengaduanLapor", "pemantauanEvaluasi");
    assertThat(manajer.getForEntity("/engine-rest/process-instance/" + pi, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(manajer.getForEntity("/engine-rest/process-definition/key/penerimaanTelepon/xml", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void cancelsNothingEditsNoVariableAndWorksNoTask() {
    String taskId = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

    assertThat(manajer.exchange("/engine-rest/process-instance/" + pi, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manajer.exchange("/engine-rest/process-instance/" + pi + "/variables/unitTujuan", HttpMethod.PUT,
        json("{\"value\": \"operator\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manajer.exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
        json("{\"userId\": \"mgrRo\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manajer.exchange("/engine-rest/process-definition/key/penerimaanTelepon/start", HttpMethod.POST,
        json("{\"variables\": {\"nomorPenelepon\": {\"value\": \"0618453744\"}}}"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
    assertThat(runtime.getVariable(pi, "unitTujuan")).isEqualTo("bidangMutasiStatus");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }
}
