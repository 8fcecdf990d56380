package id.standarpelayanan.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;

/**
 * A form's rules hold on the server: a completion that breaks one is refused through
 * {@code /engine-rest} and through Tasklist's own API alike, and the task stays open.
 */
class FormSubmissionTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate rest;

  private String password;
  private ProcessInstance call;

  @BeforeEach
  void callRingingAtTheOperator() {
    password = TestUsers.ensure(processEngine.getIdentityService(), "operatorFormulir", "operator");
    call = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "0"));
  }

  private String taskId() {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(call.getId()).singleResult().getId();
  }

  /** {@code perihal} and {@code ringkasanPermintaan}, as typed Camunda REST variables. */
  private static String variables(String perihalJson, String ringkasanJson) {
    return "{\"perihal\":" + perihalJson + ",\"ringkasanPermintaan\":" + ringkasanJson + "}";
  }

  private static String value(Object value, String type) throws JsonProcessingException {
    return "{\"value\":" + JSON.writeValueAsString(value) + ",\"type\":\"" + type + "\"}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "perihal bukan pilihan     | perihal             | LAINNYA                  | Minta formulir",
      "perihal kosong            | perihal             | ''                       | Minta formulir",
      "ringkasan kosong          | ringkasanPermintaan | INFORMASI                | '  '",
      "ringkasan berkarakter NUL | ringkasanPermintaan | INFORMASI                | 'a\u0000b'",
      "injeksi SQL sebagai pilihan | perihal           | INFORMASI; DELETE FROM act_ru_task | Minta formulir"})
  void engineRestRefusesABrokenFormAnd400NamesTheField(String name, String field, String perihal, String ringkasan)
      throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"variables\":" + variables(value(perihal, "String"), value(ringkasan, "String")) + "}";

    ResponseEntity<String> response = rest.withBasicAuth("operatorFormulir", password).exchange(
        "/engine-rest/task/" + taskId() + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(response.getBody()).path("field").asText()).isEqualTo(field);
    assertThat(call).isWaitingAt("terimaPanggilan");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "angka sebagai teks | ringkasanPermintaan | 42    | Integer",
      "boolean sebagai teks | ringkasanPermintaan | true | Boolean"})
  void engineRestRefusesAWrongType(String name, String field, String raw, String type) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Object typed = type.equals("Integer") ? (Object) Integer.valueOf(raw) : Boolean.valueOf(raw);
    String body = "{\"variables\":" + variables(value("INFORMASI", "String"), value(typed, type)) + "}";

    ResponseEntity<String> response = rest.withBasicAuth("operatorFormulir", password).exchange(
        "/engine-rest/task/" + taskId() + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(response.getBody()).path("message").asText()).contains("harus berupa teks");
    assertThat(call).isWaitingAt("terimaPanggilan");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "terlalu panjang | INFORMASI | 2001",
      "bukan pilihan   | RAHASIA   | 10"})
  void tasklistSubmissionIsRefusedByTheSameRules(String name, String perihal, int length) throws Exception {
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "operatorFormulir", password);
    assertThat(tasklist.loggedIn()).isTrue();
    String body = "{\"variables\":" + variables(value(perihal, "String"), value("x".repeat(length), "String")) + "}";

    ResponseEntity<String> response = rest.exchange("/camunda/api/engine/engine/default/task/" + taskId()
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, tasklist.json()), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.path("field").asText()).isIn("perihal", "ringkasanPermintaan");
    assertThat(call).isWaitingAt("terimaPanggilan");
  }

  @org.junit.jupiter.api.Test
  void aValidTasklistSubmissionCompletesTheTask() throws Exception {
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "operatorFormulir", password);
    String body = "{\"variables\":" + variables(value("INFORMASI", "String"),
        value("Jadwal layanan kenaikan pangkat", "String")) + "}";

    ResponseEntity<String> response = rest.exchange("/camunda/api/engine/engine/default/task/" + taskId()
        + "/submit-form", HttpMethod.POST, new HttpEntity<>(body, tasklist.json()), String.class);

    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    assertThat(call).isWaitingAt("berikanJawaban");
  }
}
