package id.standarpelayanan.monev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.Wib;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.BreachLog;

/** Every path of {@code pemantauanEvaluasi}, its overall timer, archive and schedule. */
class PemantauanEvaluasiProcessTest extends IntegrationTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private BreachLog breaches;
  @Autowired
  private MonevRepository repository;
  @Autowired
  private TestRestTemplate rest;


  private static Date plusMinutes(Date date, long minutes) {
    return Date.from(date.toInstant().plusSeconds(minutes * 60));
  }

  @Test
  void startedByHandItCoversThePreviousQuarterReturnsOnceIsSignedArchivedAndHandedToTataUsaha() throws Exception {
    Date start = Wib.at("2026-11-24T09:00");
    ClockUtil.setCurrentTime(start);
    ProcessInstance pi = runtime.startProcessInstanceByKey("pemantauanEvaluasi");

    assertThat(pi.getBusinessKey()).matches("MNV-2026-\\d{6}");
    assertThat(pi).variables().containsEntry("periodeDari", "2026-07-01").containsEntry("periodeSampai", "2026-09-30")
        .containsKeys("bahanId", "ringkasanBahan");
    assertThat(pi).isWaitingAt("siapkanBahan");
    assertThat(task(pi)).hasCandidateGroup("analisSdm").hasDueDate(plusMinutes(start, 60));
    assertThat((String) runtime.getVariable(pi.getId(), "ringkasanBahan")).contains("| Proses | Langkah |", "IKM periode");

    complete(task(pi), withVariables("komentarAnalis", "Ketepatan waktu menurun di bulan Agustus."));
    assertThat(task(pi)).hasDefinitionKey("analisisKonsep").hasCandidateGroup("analisSdm").hasDueDate(plusMinutes(start, 30));
    complete(task(pi), withVariables("konsepLaporan", "Perlu penambahan petugas piket."));

    assertThat(task(pi)).hasDefinitionKey("periksaKonsep").hasCandidateGroup("kepalaBidang");
    String review = task(pi).getId();
    assertThatThrownBy(() -> tasks.complete(review, Map.of("disetujui", false)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("Catatan revisi");
    complete(task(pi), withVariables("disetujui", false, "catatanRevisi", "Tambahkan data IKM per unsur."));

    assertThat(pi).isWaitingAt("analisisKonsep");
    assertThat(pi).variables().containsEntry("catatanRevisi", "Tambahkan data IKM per unsur.");
    complete(task(pi), withVariables("konsepLaporan", "Perlu penambahan petugas piket; IKM unsur waktu terendah."));

    TestUsers.ensure(processEngine.getIdentityService(), "kabid", "kepalaBidang");
    tasks.claim(task(pi).getId(), "kabid");
    complete(task(pi), withVariables("disetujui", true));

    assertThat(pi).isWaitingAt("terimaLaporan").hasPassed("tandatanganiArsipkan");
    assertThat(task(pi)).hasCandidateGroup("bagianTataUsaha");
    long arsipId = ((Number) runtime.getVariable(pi.getId(), "arsipId")).longValue();
    MonevRepository.Arsip arsip = repository.arsip(arsipId).orElseThrow();
    assertThat(arsip.ditandatanganiOleh()).isEqualTo("kabid");
    assertThat(arsip.html()).contains("LAPORAN PEMANTAUAN DAN EVALUASI", "1 Juli 2026 s.d. 30 September 2026",
        "<svg", "IKM unsur waktu terendah", "Uji kabid (kabid)");
    Files.writeString(Path.of("target", "laporan-monev-proses.html"), arsip.html(), StandardCharsets.UTF_8);

    complete(task(pi), withVariables("laporanDiterima", true));
    assertThat(pi).isEnded().hasPassed("laporanDiterimaTataUsaha", "monevSelesai");

    ResponseEntity<byte[]> download = rest.withBasicAuth("kabid",
        TestUsers.ensure(processEngine.getIdentityService(), "kabid", "kepalaBidang"))
        .exchange("/api/monev/arsip/" + arsipId, HttpMethod.GET, null, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo(arsip.html());
    assertThat(download.getHeaders().getFirst("X-SHA-256"))
        .isEqualTo(TandatanganiLaporan.sha256(arsip.html())).isEqualTo(arsip.sha256());
  }

  @Test
  void theWholeServiceBeyondTwoHoursFiveMinutesIsABreachWhileEachStepKeepsItsOwnDueDate() {
    Date start = Wib.at("2026-11-24T09:00");
    ClockUtil.setCurrentTime(start);
    ProcessInstance pi = runtime.startProcessInstanceByKey("pemantauanEvaluasi",
        Map.of("periodeDari", "2026-10-01", "periodeSampai", "2026-10-31"));

    assertThat(task(pi)).hasDueDate(plusMinutes(start, 60));
    assertThat(job("layananMonev_mutuBaku", pi).getDuedate()).isEqualTo(plusMinutes(start, 125));
    ClockUtil.setCurrentTime(plusMinutes(start, 126));
    execute(job("layananMonev_mutuBaku", pi));

    assertThat(pi).isWaitingAt("siapkanBahan");
    assertThat(breaches.findByProcessInstance(pi.getId())).singleElement()
        .satisfies(breach -> assertThat(breach.taskKey()).isEqualTo("layananMonev"));
  }

  @Test
  void aGivenPeriodMustBeWhole() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("pemantauanEvaluasi", Map.of("periodeDari", "2026-10-01")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("pemantauanEvaluasi",
        Map.of("periodeDari", "2026-10-31", "periodeSampai", "2026-10-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Akhir periode");
  }

  @Test
  void theScheduleStartsAMonevOnTheFirstWorkingDayOfEachQuarterForThePreviousQuarter() {
    Job timer = management.createJobQuery().processDefinitionKey("jadwalPemantauanEvaluasi").timers().singleResult();

    ClockUtil.setCurrentTime(Wib.at("2026-03-15T10:00"));
    management.recalculateJobDuedate(timer.getId(), false);
    Date april = management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate();
    assertThat(april).isEqualTo(Wib.at("2026-04-01T08:00"));

    // 1 January 2026 is a holiday: the first working day of that quarter is Friday 2 January
    ClockUtil.setCurrentTime(Wib.at("2025-12-15T10:00"));
    management.recalculateJobDuedate(timer.getId(), false);
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate())
        .isEqualTo(Wib.at("2026-01-02T08:00"));

    ClockUtil.setCurrentTime(april);
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("pemantauanEvaluasi").count();
    management.executeJob(timer.getId());

    ProcessInstance started = runtime.createProcessInstanceQuery().processDefinitionKey("pemantauanEvaluasi")
        .variableValueEquals("periodeDari", "2026-01-01").list().stream()
        .filter(pi -> "2026-03-31".equals(runtime.getVariable(pi.getId(), "periodeSampai"))).findFirst().orElseThrow();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("pemantauanEvaluasi").count())
        .isEqualTo(before + 1);
    assertThat(started).isWaitingAt("siapkanBahan");
    assertThat(management.createJobQuery().processDefinitionKey("jadwalPemantauanEvaluasi").timers().singleResult()
        .getDuedate()).isEqualTo(Wib.at("2026-07-01T08:00"));
  }
}
