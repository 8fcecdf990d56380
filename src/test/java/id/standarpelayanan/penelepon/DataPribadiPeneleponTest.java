package id.standarpelayanan.penelepon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.security.AuthorizationTable;

/**
 * Identities planted in the three telephone services, through their forms and the telephone
 * system's call, are found in no engine table and in no answer of the engine's REST API, asked as a
 * member of every group; only the lanes that handle the call and administrators read them, from
 * {@code /api/penelepon/{id}}; the Dokumen Layanan shows the caller to them and not to a manager.
 */
class DataPribadiPeneleponTest extends IntegrationTest {

  private static final String PHONE_CALL = "0618 455 7319";
  private static final String PHONE_CALL_NORMALISED = "06184557319";
  private static final String NAME_CC = "Maimunah Lubis";
  private static final String PHONE_CC = "0813 7000 2468";
  private static final String NAME_INFO = "Horas Pardede";
  private static final String SCHOOL_INFO = "SMP Negeri 7 Tarutung";
  private static final String PHONE_INFO = "0852 9000 1357";

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private IdentityService identity;
  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private IdentitasPenelepon identitas;

  private String call;
  private String callCenter;
  private String informasi;

  @BeforeEach
  void plantIdentities() {
    // the office line: the telephone system registers the call, routed to extension 102
    ResponseEntity<Map> registered = anonymous.withBasicAuth("telpDp",
        TestUsers.ensure(identity, "telpDp", "operator"))
        .postForEntity("/api/panggilan", Map.of("nomorPenelepon", PHONE_CALL, "ekstensi", "102"), Map.class);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    call = (String) registered.getBody().get("processInstanceId");

    // the call center: picked up, the caller's name and number asked, the conversation goes on
    callCenter = runtime.startProcessInstanceByKey("callCenter").getId();
    tasks.complete(task(callCenter).getId(), Map.of("teleponDiangkat", true));
    Map<String, Object> conversation = new HashMap<>();
    conversation.put("namaPenelepon", NAME_CC);
    conversation.put("nomorTelepon", PHONE_CC);
    conversation.put("perihal", "INFORMASI");
    conversation.put("pertanyaan", "Syarat vaksin haji");
    conversation.put("jawaban", "Meningitis");
    conversation.put("adaLagi", false);
    tasks.complete(task(callCenter).getId(), conversation);

    // the information line: greeting, then the caller's identity recorded, forwarded (way B)
    informasi = runtime.startProcessInstanceByKey("layananInformasiTelepon").getId();
    tasks.complete(task(informasi).getId(), Map.of("salamDiucapkan", true));
    Map<String, Object> caller = new HashMap<>();
    caller.put("namaPemohon", NAME_INFO);
    caller.put("instansi", SCHOOL_INFO);
    caller.put("kabupatenKota", "Kabupaten Tapanuli Utara");
    caller.put("nomorTelepon", PHONE_INFO);
    caller.put("pertanyaan", "Jadwal akreditasi");
    tasks.complete(task(informasi).getId(), caller);
    tasks.complete(task(informasi).getId(), Map.of("hasilTelaah", "Perlu unit", "informasiTersedia", false));
  }

  private Task task(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private static List<String> planted() {
    return List.of(PHONE_CALL, PHONE_CALL_NORMALISED, NAME_CC, PHONE_CC, PHONE_CC.replace(" ", ""), NAME_INFO,
        SCHOOL_INFO, PHONE_INFO, PHONE_INFO.replace(" ", ""));
  }

  @Test
  void theIdentityIsKeptInTheApplicationsTableAndInNoEngineTable() {
    assertThat(identitas.baca(call)).containsEntry("nomorPenelepon", PHONE_CALL_NORMALISED);
    assertThat(identitas.baca(callCenter)).containsEntry("namaPenelepon", NAME_CC)
        .containsEntry("nomorTelepon", PHONE_CC.replace(" ", ""));
    assertThat(identitas.baca(informasi)).containsEntry("namaPemohon", NAME_INFO)
        .containsEntry("instansi", SCHOOL_INFO).containsEntry("kabupatenKota", "Kabupaten Tapanuli Utara");

    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG",
        "ACT_HI_COMMENT", "ACT_GE_BYTEARRAY", "ACT_HI_PROCINST", "ACT_HI_TASKINST")) {
      String dump = String.join("\n", jdbc.sql("SELECT * FROM " + table).query((rs, row) -> {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          Object value = rs.getObject(column);
          line.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
              : value).append('|');
        }
        return line.toString();
      }).list());
      assertThat(dump).as(table).doesNotContain(planted());
    }
    // and the steps still work with them: the other values of the forms are in the engine as before
    assertThat(runtime.getVariable(callCenter, "pertanyaan")).isEqualTo("Syarat vaksin haji");
  }

  @Test
  void everyGroupQueryingEveryHistoryEndpointFindsNoIdentity() {
    Set<String> groups = new LinkedHashSet<>(AuthorizationTable.PROCESSES_OF_GROUP.keySet());
    groups.addAll(List.of("manajer", "auditor", Groups.CAMUNDA_ADMIN));
    List<String> paths = new ArrayList<>(List.of(
        "/engine-rest/history/variable-instance?maxResults=1000",
        "/engine-rest/history/variable-instance?processInstanceIdIn=" + call + "," + callCenter + "," + informasi,
        "/engine-rest/history/variable-instance?variableName=nomorPenelepon",
        "/engine-rest/history/detail?maxResults=1000",
        "/engine-rest/history/detail?processInstanceId=" + informasi,
        "/engine-rest/history/process-instance?maxResults=1000",
        "/engine-rest/history/task?maxResults=1000",
        "/engine-rest/history/activity-instance?maxResults=1000",
        "/engine-rest/history/user-operation?maxResults=1000",
        "/engine-rest/history/identity-link-log?maxResults=1000",
        "/engine-rest/history/incident",
        "/engine-rest/history/job-log?maxResults=1000",
        "/engine-rest/variable-instance?maxResults=1000",
        "/engine-rest/process-instance/" + callCenter + "/variables",
        "/engine-rest/process-instance/" + informasi + "/variables"));
    for (String processInstance : List.of(call, callCenter, informasi)) {
      String taskId = task(processInstance).getId();
      paths.add("/engine-rest/task/" + taskId + "/variables");
      paths.add("/engine-rest/task/" + taskId + "/form-variables");
    }
    for (String group : groups) {
      String user = "dp" + Math.abs(group.hashCode());
      TestRestTemplate member = anonymous.withBasicAuth(user, TestUsers.ensure(identity, user, group));
      for (String path : paths) {
        ResponseEntity<String> answer = member.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(group + " " + path).isIn(200, 403, 404);
        assertThat(String.valueOf(answer.getBody())).as(group + " " + path).doesNotContain(planted());
      }
    }
  }

  @Test
  void theHandlingLaneAndAdministratorsReadTheCallerManagersAuditorsAndAnalystsDoNot() {
    Map<String, Map<String, Integer>> expected = Map.of(
        call, Map.of("bidangMutasiStatus", 200, Groups.CAMUNDA_ADMIN, 200, "manajer", 404, "auditor", 404,
            "analisSdm", 404, "bidangInformasiKepegawaian", 404, "operator", 404, "frontOffice", 404),
        callCenter, Map.of("petugasCallCenter", 200, Groups.CAMUNDA_ADMIN, 200, "manajer", 404, "auditor", 404,
            "analisSdm", 404, "frontOffice", 404),
        informasi, Map.of("frontOffice", 200, "backOffice", 200, Groups.CAMUNDA_ADMIN, 200, "manajer", 404,
            "auditor", 404, "analisSdm", 404, "petugasCallCenter", 404, "bidangMutasiStatus", 404));
    expected.forEach((processInstance, statusOfGroup) -> statusOfGroup.forEach((group, status) -> {
      String user = "dp" + Math.abs(group.hashCode());
      ResponseEntity<String> answer = anonymous.withBasicAuth(user, TestUsers.ensure(identity, user, group))
          .getForEntity("/api/penelepon/" + processInstance, String.class);
      assertThat(answer.getStatusCode().value()).as(group + " " + processInstance).isEqualTo(status);
      if (status == 200) {
        assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
        assertThat(answer.getBody()).containsAnyOf(PHONE_CALL_NORMALISED, NAME_CC, NAME_INFO);
      } else {
        assertThat(answer.getBody()).doesNotContain(planted());
      }
    }));
  }

  @Test
  void theDokumenLayananShowsTheCallerToItsLanesOnly() {
    String path = "/api/informasi/" + informasi + "/dokumen-layanan";
    String front = anonymous.withBasicAuth("dpFront", TestUsers.ensure(identity, "dpFront", "frontOffice"))
        .getForObject(path, String.class);
    assertThat(front).contains(NAME_INFO, SCHOOL_INFO);
    ResponseEntity<String> manager = anonymous.withBasicAuth("dpMgr", TestUsers.ensure(identity, "dpMgr", "manajer"))
        .getForEntity(path, String.class);
    assertThat(String.valueOf(manager.getBody())).doesNotContain(planted());
  }
}
