package id.standarpelayanan.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;
import id.standarpelayanan.Wib;

/** The figures behind Cockpit's mutu baku overlay, read with a Cockpit login. */
class StatistikMutuBakuTest extends IntegrationTest {

  @Autowired
  private StatistikMutuBaku statistik;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void breachesAndOnTimeSharePerStep() {
    List<StatistikMutuBaku.Langkah> before = statistik.perLangkah("kesiapanCallCenter");
    long breachesBefore = before.stream().filter(step -> step.taskKey().equals("periksaPerangkat"))
        .mapToLong(StatistikMutuBaku.Langkah::pelanggaran).sum();
    String pi = runtime.startProcessInstanceByKey("kesiapanCallCenter").getId();
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), Map.of("perangkatSiap", true));

    StatistikMutuBaku.Langkah check = statistik.perLangkah("kesiapanCallCenter").stream()
        .filter(step -> step.taskKey().equals("periksaPerangkat")).findFirst().orElseThrow();

    assertThat(check.pelanggaran()).isEqualTo(breachesBefore + 1);
    assertThat(check.diukur()).isPositive();
    assertThat(check.persenTepatWaktu()).isBetween(0.0, 1.0);
  }

  @Test
  void aCockpitLoginReadsTheStatisticsWithoutBasicAuth() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajer1", "manajer");
    WebappSession cockpit = WebappSession.login(rest, "cockpit", "manajer1", password);
    assertThat(cockpit.loggedIn()).isTrue();
    runtime.startProcessInstanceByKey("penerimaanTelepon", Map.of("nomorPenelepon", "0618453744", "ekstensi", "0"));
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("penerimaanTelepon").latestVersion().singleResult().getId();

    ResponseEntity<List<Map<String, Object>>> response = rest.exchange(
        "/api/mutu-baku/statistik?processDefinitionId=" + definitionId, HttpMethod.GET,
        new HttpEntity<>(cockpit.json()), new ParameterizedTypeReference<>() {
        });

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extracting(step -> step.get("taskKey")).contains("terimaPanggilan");
    assertThat(rest.exchange("/api/mutu-baku/statistik?processDefinitionId=" + definitionId, HttpMethod.GET,
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private StatistikMutuBaku.Langkah periksaPerangkat() {
    return statistik.perLangkah("kesiapanCallCenter").stream()
        .filter(step -> step.taskKey().equals("periksaPerangkat")).findFirst()
        .orElse(new StatistikMutuBaku.Langkah("periksaPerangkat", 0, 0, 0, null, 0));
  }

  /**
   * The kept count of earlier steps plus the steps finished since, and the open ones, give what a
   * fresh count of the whole history gives: nothing counted twice or missed at the boundary.
   */
  @Test
  void keptCountPlusRecentStepsEqualsAFreshCount() {
    ClockUtil.setCurrentTime(Wib.at("2027-03-01T09:00"));
    StatistikMutuBaku.Langkah before = periksaPerangkat();

    String onTime = runtime.startProcessInstanceByKey("kesiapanCallCenter").getId();
    ClockUtil.setCurrentTime(Wib.at("2027-03-01T09:01"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(onTime).singleResult().getId(),
        Map.of("perangkatSiap", true));
    runtime.startProcessInstanceByKey("kesiapanCallCenter");
    // the open one is past its 30 minutes; the finished one ended before a fresh count's boundary
    ClockUtil.setCurrentTime(Wib.at("2027-03-01T09:40"));
    StatistikMutuBaku.Langkah kept = periksaPerangkat();
    statistik.lupakan();
    StatistikMutuBaku.Langkah fresh = periksaPerangkat();

    assertThat(kept).isEqualTo(fresh);
    assertThat(kept.jumlah()).isEqualTo(before.jumlah() + 2);
    assertThat(kept.diukur()).isEqualTo(before.diukur() + 2);
    assertThat(kept.tepatWaktu()).isEqualTo(before.tepatWaktu() + 1);
  }
}
