package id.standarpelayanan.survei;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.SecretCode;

/**
 * At the closing step of a phone call the clerk gets the call's survey code to give the caller:
 * only who may work that step, only at that step, always the same code, and never as a variable.
 */
class KodeSurveiTeleponTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private SurveiKepuasan surveiKepuasan;
  @Autowired
  private PenerimaanLaporan penerimaan;

  @BeforeEach
  void aThursdayAfternoon() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 3, 14, 0, 0, 0, MutuBaku.WIB).toInstant()));
  }

  private TestRestTemplate as(String group) {
    String user = "survei" + group.replace("-", "");
    return anonymous.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  private Task openTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void complete(String processInstanceId, Map<String, Object> variables) {
    tasks.complete(openTask(processInstanceId).getId(), variables);
  }

  /** A call of the service, brought to its closing step; returns the process instance id. */
  private String atClosingStep(String processKey) {
    switch (processKey) {
      case "penerimaanTelepon" -> {
        String pi = runtime.startProcessInstanceByKey(processKey,
            Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
        complete(pi, Map.of("perihal", "INFORMASI", "ringkasanPermintaan", "Status mutasi"));
        return pi;
      }
      case "layananInformasiTelepon" -> {
        String pi = runtime.startProcessInstanceByKey(processKey).getId();
        complete(pi, Map.of("salamDiucapkan", true));
        Map<String, Object> identity = new HashMap<>();
        identity.put("namaPemohon", "Rina Siregar");
        identity.put("instansi", "SMA Negeri 1 Balige");
        identity.put("kabupatenKota", "Kabupaten Toba");
        identity.put("nomorTelepon", "0812 6000 1234");
        identity.put("pertanyaan", "Jadwal akreditasi sekolah");
        complete(pi, identity);
        complete(pi, Map.of("hasilTelaah", "Tersedia", "informasiTersedia", true, "jawaban", "Maret"));
        return pi;
      }
      case "callCenter" -> {
        String pi = runtime.startProcessInstanceByKey(processKey).getId();
        complete(pi, Map.of("teleponDiangkat", true));
        complete(pi, Map.of("namaPenelepon", "Dewi", "nomorTelepon", "0811-8933-344", "perihal", "INFORMASI",
            "pertanyaan", "Syarat vaksin internasional", "jawaban", "Datang dengan paspor", "adaLagi", false));
        return pi;
      }
      default -> throw new AssertionError(processKey);
    }
  }

  private ResponseEntity<Map<String, Object>> kode(TestRestTemplate client, String taskId) {
    return client.exchange("/api/tugas/" + taskId + "/survei", HttpMethod.GET, null, JSON);
  }

  @ParameterizedTest(name = "{0}: {1} oleh {2}")
  @CsvSource({
      "penerimaanTelepon, berikanJawaban, bidangMutasiStatus",
      "layananInformasiTelepon, salamPenutup, frontOffice",
      "callCenter, ucapkanTerimaKasih, petugasCallCenter"})
  void theClerkOfTheClosingStepGetsTheCallsSurveyCodeAndItsLinkAlwaysTheSame(String processKey, String step,
      String group) {
    String pi = atClosingStep(processKey);
    Task task = openTask(pi);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(step);

    ResponseEntity<Map<String, Object>> first = kode(as(group), task.getId());

    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.OK);
    String code = (String) first.getBody().get("kode");
    assertThat(code).matches(CODE);
    assertThat(first.getBody()).containsOnlyKeys("kode", "tautan")
        .containsEntry("tautan", "http://localhost:8080/survei/" + code);
    assertThat(first.getHeaders().getCacheControl()).contains("no-store");
    assertThat(kode(as(group), task.getId()).getBody()).containsEntry("kode", code);
    // the caller opens the survey with it, without login
    ResponseEntity<Map<String, Object>> survey = anonymous.exchange("/api/survei/" + code, HttpMethod.GET, null, JSON);
    assertThat(survey.getStatusCode()).isEqualTo(HttpStatus.OK);
    // stored once, as a hash; the end of the call issues the same code, not a second one
    tasks.complete(task.getId(), Map.of(
        "penerimaanTelepon", Map.<String, Object>of("jenisKeluaran", "INFORMASI", "jawaban", "Sudah diproses"),
        "layananInformasiTelepon", Map.<String, Object>of("salamPenutupDiucapkan", true),
        "callCenter", Map.<String, Object>of("terimaKasihDiucapkan", true)).get(processKey));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(surveiKepuasan.tautan(pi)).contains("/survei/" + code);
    assertThat(jdbc.sql("SELECT token FROM survei_token WHERE process_instance_id = ?").param(pi)
        .query(String.class).list()).containsExactly(SecretCode.hash(code.replace("-", "")));
    // no variable of the call, in history, holds the code in any form
    String plain = code.replace("-", "");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .isNotEmpty()
        .noneMatch(variable -> String.valueOf(variable.getValue()).replace("-", "").toUpperCase().contains(plain));
  }

  @Test
  void anotherGroupAManagerWhoSeesEveryTaskAndAStrangerGetNothing() {
    String pi = atClosingStep("penerimaanTelepon");
    String taskId = openTask(pi).getId();

    for (String group : new String[] {"operator", "manajer", "frontOffice", "auditor"}) {
      ResponseEntity<Map<String, Object>> response = kode(as(group), taskId);
      assertThat(response.getStatusCode()).as(group).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).doesNotContainKey("kode");
    }
    assertThat(kode(anonymous, taskId).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM survei_token WHERE process_instance_id = ?").param(pi)
        .query(Long.class).single()).as("nothing issued for them").isZero();
    // the administrators may work every task
    assertThat(kode(as("camunda-admin"), taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aStepBeforeTheClosingOneAFinishedOneAndAnUnknownTaskHaveNoCode() {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
    String firstStep = openTask(pi).getId();

    assertThat(kode(as("bidangMutasiStatus"), firstStep).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    complete(pi, Map.of("perihal", "INFORMASI", "ringkasanPermintaan", "Status mutasi"));
    String closing = openTask(pi).getId();
    complete(pi, Map.of("jenisKeluaran", "INFORMASI", "jawaban", "Sudah diproses"));
    assertThat(kode(as("bidangMutasiStatus"), closing).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(kode(as("bidangMutasiStatus"), "tidak-ada").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aReportsTaskIsNoPhoneCall() {
    // pengaduanLapor has a survey of its own (the tracking page); its tasks get no code here
    String pi = penerimaan.terima(new LaporanBaru("Lampu jalan mati", "Sejak seminggu", "PENGADUAN", true, false,
        null, null, null, false), "WEB", Map.of()).processInstanceId();

    assertThat(kode(as("camunda-admin"), openTask(pi).getId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theClerkGetsTheCodeWithTheTasklistLogin() {
    String pi = atClosingStep("layananInformasiTelepon");
    String password = TestUsers.ensure(processEngine.getIdentityService(), "surveiTasklist", "frontOffice");
    WebappSession session = WebappSession.login(anonymous, "tasklist", "surveiTasklist", password);

    ResponseEntity<Map<String, Object>> response = anonymous.exchange("/api/tugas/" + openTask(pi).getId() + "/survei",
        HttpMethod.GET, new HttpEntity<>(session.json()), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) response.getBody().get("kode")).matches(CODE);
  }
}
