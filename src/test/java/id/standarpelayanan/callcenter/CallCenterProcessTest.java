package id.standarpelayanan.callcenter;

import id.standarpelayanan.api.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.penelepon.IdentitasPenelepon;
import id.standarpelayanan.Wib;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.mutubaku.BreachLog;

/** The morning device check on working days, the three-ring pick-up and the conversation loop. */
class CallCenterProcessTest extends IntegrationTest {

  @Autowired
  private IdentitasPenelepon identitas;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private BreachLog breaches;

  private static Date wib(int year, int month, int day, int hour, int minute) {
    return Wib.at(java.time.LocalDateTime.of(year, month, day, hour, minute));
  }

  private Job morningTimer() {
    return management.createJobQuery().processDefinitionKey("kesiapanCallCenter").activityId("setiapHariKerja")
        .timers().singleResult();
  }

  private Date nextMorningFrom(Date now) {
    ClockUtil.setCurrentTime(now);
    management.recalculateJobDuedate(morningTimer().getId(), false);
    return morningTimer().getDuedate();
  }

  @Test
  void deviceCheckIsScheduledAt0730WibOnWorkingDaysOnly() {
    // Thursday 26 Nov 2026, 07:00 -> the same morning
    assertThat(nextMorningFrom(wib(2026, 11, 26, 7, 0))).isEqualTo(wib(2026, 11, 26, 7, 30));
    // Friday after opening, Saturday and Sunday -> Monday 30 Nov: a weekend starts nothing
    assertThat(nextMorningFrom(wib(2026, 11, 27, 8, 0))).isEqualTo(wib(2026, 11, 30, 7, 30));
    assertThat(nextMorningFrom(wib(2026, 11, 28, 6, 0))).isEqualTo(wib(2026, 11, 30, 7, 30));
    assertThat(nextMorningFrom(wib(2026, 11, 29, 23, 59))).isEqualTo(wib(2026, 11, 30, 7, 30));
  }

  @Test
  void mondayMorningAsksTheOfficersToConfirmTheDevicesWithinThirtyMinutes() {
    Date monday = nextMorningFrom(wib(2026, 11, 28, 6, 0));
    ClockUtil.setCurrentTime(monday);

    management.executeJob(morningTimer().getId());

    ProcessInstance check = runtime.createProcessInstanceQuery().processDefinitionKey("kesiapanCallCenter")
        .active().orderByProcessInstanceId().desc().list().stream()
        .filter(pi -> task(pi) != null && monday.equals(task(pi).getCreateTime())).findFirst().orElseThrow();
    assertThat(check).isWaitingAt("periksaPerangkat");
    assertThat(task(check)).hasCandidateGroup("petugasCallCenter").hasDueDate(wib(2026, 11, 30, 8, 0));
    assertThat(morningTimer().getDuedate()).isEqualTo(wib(2026, 12, 1, 7, 30));

    execute(job("periksaPerangkat_mutuBaku", check));
    assertThat(breaches.findByProcessInstance(check.getId())).singleElement()
        .satisfies(breach -> assertThat(breach.taskKey()).isEqualTo("periksaPerangkat"));
    complete(task(check), withVariables("perangkatSiap", true));
    assertThat(check).isEnded();
  }

  private ProcessInstance call() {
    return runtime.startProcessInstanceByKey("callCenter");
  }

  private static Date plus(Date date, long seconds) {
    return Date.from(date.toInstant().plusSeconds(seconds));
  }

  private void confirmDevicesAs(String officer, Date when) {
    ClockUtil.setCurrentTime(when);
    ProcessInstance check = runtime.startProcessInstanceByKey("kesiapanCallCenter");
    tasks.claim(task(check).getId(), officer);
    tasks.complete(task(check).getId(), Map.of("perangkatSiap", true));
  }

  @Test
  void callRingsAtTheOfficerOnDutyThenAtTheOtherOfficerThenIsUnanswered() {
    TestUsers.ensure(processEngine.getIdentityService(), "cc1", "petugasCallCenter");
    TestUsers.ensure(processEngine.getIdentityService(), "cc2", "petugasCallCenter");
    confirmDevicesAs("cc2", wib(2026, 12, 2, 7, 31));
    Date ring = wib(2026, 12, 2, 9, 15);
    ClockUtil.setCurrentTime(ring);

    ProcessInstance pi = call();

    assertThat(pi).isWaitingAt("angkatTelepon");
    assertThat(pi.getBusinessKey()).matches("CC-2026-\\d{6}");
    assertThat(task(pi)).isAssignedTo("cc2").hasCandidateGroupAssociated("petugasCallCenter").hasDueDate(plus(ring, 15));

    ClockUtil.setCurrentTime(plus(ring, 16));
    execute(job("angkatTelepon_mutuBaku", pi));

    assertThat(pi).isWaitingAt("angkatTelepon").hasPassed("alihkanKePetugasLain");
    assertThat(task(pi)).isAssignedTo("cc1").hasDueDate(plus(ring, 31));

    execute(job("angkatTelepon_mutuBaku", pi));

    assertThat(pi).isEnded().hasPassed("panggilanTidakTerjawab").hasNotPassed("percakapan");
    assertThat(breaches.findByProcessInstance(pi.getId())).hasSize(2)
        .allSatisfy(breach -> assertThat(breach.taskKey()).isEqualTo("angkatTelepon"));
  }

  @Test
  void withoutAMorningCheckTheCallRingsAtBothOfficers() {
    ClockUtil.setCurrentTime(wib(2026, 12, 5, 10, 0));

    ProcessInstance pi = call();

    assertThat(task(pi)).isNotAssigned().hasCandidateGroup("petugasCallCenter");
  }

  private static Map<String, Object> question(String perihal, boolean more) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("namaPenelepon", "Dewi");
    answer.put("nomorTelepon", "0811-8933-344");
    answer.put("perihal", perihal);
    answer.put("pertanyaan", "Syarat vaksin internasional");
    answer.put("jawaban", "Datang dengan paspor");
    answer.put("adaLagi", more);
    return answer;
  }

  @Test
  void conversationGreetsLoopsWhileThereIsMoreAndThanksByNameWithinFiveMinutes() {
    Date ring = wib(2026, 12, 3, 14, 0);
    ClockUtil.setCurrentTime(ring);
    ProcessInstance pi = call();
    ClockUtil.setCurrentTime(plus(ring, 5));
    complete(task(pi), withVariables("teleponDiangkat", true));

    assertThat(pi).isWaitingAt("layaniPenelepon");
    assertThat(pi).variables().containsEntry("salam", "Selamat siang")
        .containsEntry("namaInstansi", "Balai Kekarantinaan Kesehatan Kelas I Banten");
    Date deadline = plus(ring, 5 + 300);
    assertThat(task(pi)).hasCandidateGroup("petugasCallCenter").hasDueDate(deadline);

    ClockUtil.setCurrentTime(plus(ring, 60));
    complete(task(pi), question("INFORMASI", true));
    assertThat(pi).isWaitingAt("layaniPenelepon");
    assertThat(task(pi)).as("the conversation has one deadline").hasDueDate(deadline);

    complete(task(pi), question("INFORMASI", false));
    assertThat(pi).isWaitingAt("ucapkanTerimaKasih");
    assertThat(task(pi)).hasDueDate(deadline);
    assertThat(identitas.baca(pi.getId(), "nomorTelepon")).isEqualTo("08118933344");
    assertThat(pi).variables().doesNotContainKey("nomorTelepon");

    complete(task(pi), withVariables("terimaKasihDiucapkan", true));
    assertThat(pi).isEnded().hasPassed("panggilanSelesai").hasNotPassed("aduanDicatat");
    assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("layaniPenelepon").count()).isEqualTo(2);
    assertThat(breaches.findByProcessInstance(pi.getId())).isEmpty();
  }

  @Test
  void aComplaintAnywhereInTheConversationMarksTheCallAsAduan() {
    ProcessInstance pi = call();
    complete(task(pi), withVariables("teleponDiangkat", true));
    complete(task(pi), question("ADUAN", true));
    complete(task(pi), question("INFORMASI", false));
    complete(task(pi), withVariables("terimaKasihDiucapkan", true));

    assertThat(pi).isEnded().hasPassed("teruskanKeLapor", "aduanDicatat");
    String nomorLaporan = (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("nomorLaporan").singleResult().getValue();
    ProcessInstance report = runtime.createProcessInstanceQuery().processDefinitionKey("pengaduanLapor")
        .processInstanceBusinessKey(nomorLaporan).singleResult();
    assertThat(report).isWaitingAt("terimaLaporan");
    assertThat(runtime.getVariable(report.getId(), "nomorPanggilan")).isEqualTo(pi.getBusinessKey());
    assertThat(runtime.getVariable(report.getId(), "kanal")).isEqualTo("CALL_CENTER");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("aduan").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void conversationLongerThanFiveMinutesIsABreachAndGoesOn() {
    Date ring = wib(2026, 12, 3, 19, 0);
    ClockUtil.setCurrentTime(ring);
    ProcessInstance pi = call();
    complete(task(pi), withVariables("teleponDiangkat", true));
    assertThat(pi).variables().containsEntry("salam", "Selamat malam");

    ClockUtil.setCurrentTime(plus(ring, 301));
    execute(job("percakapan_mutuBaku", pi));

    assertThat(pi).isWaitingAt("layaniPenelepon");
    assertThat(breaches.findByProcessInstance(pi.getId())).singleElement()
        .satisfies(breach -> assertThat(breach.taskKey()).isEqualTo("percakapan"));
    complete(task(pi), question("SARAN", false));
    complete(task(pi), withVariables("terimaKasihDiucapkan", true));
    assertThat(pi).isEnded();
  }

  @Test
  void callerNameAndCallbackNumberAreRequired() {
    ProcessInstance pi = call();
    complete(task(pi), withVariables("teleponDiangkat", true));
    String taskId = task(pi).getId();
    Map<String, Object> noName = question("INFORMASI", false);
    noName.remove("namaPenelepon");
    Map<String, Object> badNumber = question("INFORMASI", false);
    badNumber.put("nomorTelepon", "0800");

    assertThatThrownBy(() -> tasks.complete(taskId, noName)).rootCause().isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "namaPenelepon").hasMessageContaining("wajib diisi");
    assertThatThrownBy(() -> tasks.complete(taskId, badNumber)).rootCause().isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "nomorTelepon");
    assertThat(pi).isWaitingAt("layaniPenelepon");
  }
}
