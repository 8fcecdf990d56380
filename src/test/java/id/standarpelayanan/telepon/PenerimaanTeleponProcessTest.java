package id.standarpelayanan.telepon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.penelepon.IdentitasPenelepon;
import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.mutubaku.Pelanggaran;

/** Every path of {@code penerimaanTelepon} on the real engine and PostgreSQL. */
class PenerimaanTeleponProcessTest extends IntegrationTest {

  /** A Monday morning in Medan. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, MutuBaku.WIB).toInstant());

  @Autowired
  private IdentitasPenelepon identitas;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private BreachLog breaches;

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(NOW);
  }

  private ProcessInstance call(String ekstensi) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("nomorPenelepon", "(061) 845-3744");
    if (ekstensi != null) {
      variables.put("ekstensi", ekstensi);
    }
    return runtime.startProcessInstanceByKey("penerimaanTelepon", variables);
  }

  @ParameterizedTest(name = "ekstensi {0} -> {1}")
  // the voice menu of seed 000 (SP-PT-03), one row per extension
  @CsvFileSource(resources = "/telepon/menu-ekstensi.csv", numLinesToSkip = 1)
  void eachExtensionRingsAtItsUnit(String ekstensi, String group) {
    ProcessInstance pi = call(ekstensi);

    assertThat(pi).isWaitingAt("terimaPanggilan").hasPassed("tentukanUnitTujuan");
    assertThat(task(pi)).hasCandidateGroup(group);
    assertThat(pi).variables().containsEntry("unitTujuan", group);
  }

  @Test
  void unknownExtensionGoesToOperator() {
    ProcessInstance pi = call("999");

    assertThat(pi).isWaitingAt("terimaPanggilan");
    assertThat(task(pi)).hasCandidateGroup("operator");
  }

  @Test
  void callWithoutExtensionGoesToOperator() {
    ProcessInstance pi = call(null);

    assertThat(task(pi)).hasCandidateGroup("operator");
    assertThat(pi).variables().containsEntry("ekstensi", null);
  }

  @Test
  void callerNumberIsStoredInNationalForm() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "+62 821-1755-1106", "ekstensi", "102"));

    assertThat(identitas.baca(pi.getId(), "nomorPenelepon")).isEqualTo("082117551106");
    assertThat(pi).variables().doesNotContainKey("nomorPenelepon");
  }

  @Test
  void callWithInvalidNumberIsNotStarted() {
    long before = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "bukan nomor", "ekstensi", "102")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Nomor penelepon tidak sah");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("ekstensi", "102")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("wajib diisi");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void everyCallGetsItsOwnRegisterNumber() {
    ProcessInstance first = call("102");
    ProcessInstance second = call("102");

    assertThat(first.getBusinessKey()).matches("TLP-2026-\\d{6}");
    assertThat(second.getBusinessKey()).matches("TLP-2026-\\d{6}").isNotEqualTo(first.getBusinessKey());
  }

  @Test
  void answeredCallEndsWithoutBreach() {
    ProcessInstance pi = call("102");
    assertThat(task(pi)).hasCandidateGroup("bidangMutasiStatus").hasDueDate(plus(NOW, Duration.ofMinutes(1)));

    ClockUtil.setCurrentTime(plus(NOW, Duration.ofSeconds(20)));
    complete(task(pi), withVariables("perihal", "INFORMASI", "ringkasanPermintaan", "Status mutasi"));

    assertThat(pi).isWaitingAt("berikanJawaban");
    assertThat(task(pi)).hasCandidateGroup("bidangMutasiStatus")
        .hasDueDate(plus(NOW, Duration.ofSeconds(20).plusMinutes(10)));

    complete(task(pi), withVariables("jenisKeluaran", "INFORMASI", "jawaban", "Sudah diproses"));

    assertThat(pi).isEnded().hasPassedInOrder("terimaPanggilan", "berikanJawaban", "panggilanSelesai")
        .hasNotPassed("alihkanKeOperator", "eskalasiKeKepalaKantor");
    assertThat(breaches.findByProcessInstance(pi.getId())).isEmpty();
    // the audit reads the same deadline back from history: mutu baku = due - start
    HistoricTaskInstance received = processEngine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).taskDefinitionKey("terimaPanggilan").singleResult();
    assertThat(Duration.between(received.getStartTime().toInstant(), received.getDueDate().toInstant()))
        .isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void callNotPickedUpInOneMinuteIsRecordedAndOfferedToOperator() {
    ProcessInstance pi = call("102");
    Task ringing = task(pi);
    Job timer = job("terimaPanggilan_mutuBaku", pi);
    assertThat(timer.getDuedate()).isEqualTo(plus(NOW, Duration.ofMinutes(1)));
    assertThat(ringing.getDueDate()).isEqualTo(timer.getDuedate());

    ClockUtil.setCurrentTime(plus(NOW, Duration.ofSeconds(65)));
    execute(timer);

    assertThat(pi).isWaitingAt("terimaPanggilan").hasPassed("sudahDiOperator", "alihkanKeOperator");
    assertThat(task(pi)).hasCandidateGroup("operator")
        .hasDueDate(plus(NOW, Duration.ofSeconds(65).plusMinutes(1)));
    assertThat(pi).variables()
        .containsEntry("unitTujuan", "operator")
        .containsEntry("unitAsal", "bidangMutasiStatus");

    List<Pelanggaran> recorded = breaches.findByProcessInstance(pi.getId());
    assertThat(recorded).singleElement().satisfies(breach -> {
      assertThat(breach.taskKey()).isEqualTo("terimaPanggilan");
      assertThat(breach.businessKey()).isEqualTo(pi.getBusinessKey());
      assertThat(breach.processDefinitionKey()).isEqualTo("penerimaanTelepon");
      assertThat(breach.dueTime()).isEqualTo(jakarta(plus(NOW, Duration.ofMinutes(1))));
      assertThat(breach.firedTime()).isEqualTo(jakarta(plus(NOW, Duration.ofSeconds(65))));
      assertThat(breach.lateSeconds()).isEqualTo(5);
    });
  }

  @Test
  void callMissedAlsoByTheOperatorIsUnansweredWithASecondBreachAndCalledBackByTheChosenUnit() {
    ProcessInstance pi = call("201");
    execute(job("terimaPanggilan_mutuBaku", pi));
    execute(job("terimaPanggilan_mutuBaku", pi));

    assertThat(pi).hasPassed("panggilanTidakTerjawab").hasNotPassed("berikanJawaban")
        .isWaitingAt("hubungiKembaliPenelepon");
    assertThat(pi).variables().containsEntry("unitAsal", "bagianTataUsaha");
    assertThat(task(pi)).hasCandidateGroup("bagianTataUsaha");
    assertThat(task(pi).getDueDate()).as("the seed sets no standard for calling back").isNull();
    assertThat(breaches.findByProcessInstance(pi.getId())).hasSize(2)
        .allSatisfy(breach -> assertThat(breach.taskKey()).isEqualTo("terimaPanggilan"));

    complete(task(pi), withVariables("hasilHubungiKembali", "TERSAMBUNG", "catatanHubungiKembali", "Status NIP"));
    assertThat(pi).isEnded().hasPassed("penelponDihubungiKembali");
    assertThat(breaches.findByProcessInstance(pi.getId())).as("calling back is no further breach").hasSize(2);
  }

  @Test
  void callToTheOperatorNotPickedUpIsUnansweredAfterOneBreachAndCalledBackByTheOperator() {
    ProcessInstance pi = call("0");
    execute(job("terimaPanggilan_mutuBaku", pi));

    assertThat(pi).hasPassed("panggilanTidakTerjawab").hasNotPassed("alihkanKeOperator")
        .isWaitingAt("hubungiKembaliPenelepon");
    assertThat(task(pi)).hasCandidateGroup("operator");
    assertThat(breaches.findByProcessInstance(pi.getId())).hasSize(1);
  }

  @Test
  void operatorAnswersAfterFallback() {
    ProcessInstance pi = call("203");
    execute(job("terimaPanggilan_mutuBaku", pi));
    complete(task(pi), withVariables("perihal", "PENGADUAN", "ringkasanPermintaan", "Keluhan layanan"));

    assertThat(task(pi)).hasDefinitionKey("berikanJawaban").hasCandidateGroup("operator");
    complete(task(pi), withVariables("jenisKeluaran", "SOLUSI", "jawaban", "Diteruskan"));
    assertThat(pi).isEnded();
  }

  @Test
  void lateAnswerIsRecordedAndEscalatedToKepalaKantorWhileTheTaskStaysOpen() {
    ProcessInstance pi = call("101");
    complete(task(pi), withVariables("perihal", "LAYANAN", "ringkasanPermintaan", "Pensiun"));
    Task answering = task(pi);
    Job timer = job("berikanJawaban_mutuBaku", pi);
    assertThat(answering.getDueDate()).isEqualTo(plus(NOW, Duration.ofMinutes(10)));
    assertThat(timer.getDuedate()).isEqualTo(answering.getDueDate());

    ClockUtil.setCurrentTime(plus(NOW, Duration.ofMinutes(10).plusSeconds(3)));
    execute(timer);

    assertThat(pi).isWaitingAt("berikanJawaban").hasPassed("eskalasiKeKepalaKantor", "jawabanDieskalasi");
    assertThat(task(pi)).hasId(answering.getId())
        .hasCandidateGroup("bidangPengangkatanPensiun")
        .hasCandidateGroup("kepalaKantor");
    assertThat(breaches.findByProcessInstance(pi.getId())).singleElement()
        .satisfies(breach -> assertThat(breach.taskKey()).isEqualTo("berikanJawaban"));

    complete(task(pi), withVariables("jenisKeluaran", "DATA", "jawaban", "Data dikirim"));
    assertThat(pi).isEnded();
    assertThat(breaches.findByProcessInstance(pi.getId())).hasSize(1);
  }

  @Test
  void escalationDoesNotTouchOtherCalls() {
    ProcessInstance late = call("101");
    complete(task(late), withVariables("perihal", "LAYANAN", "ringkasanPermintaan", "a"));
    ProcessInstance other = call("101");
    complete(task(other), withVariables("perihal", "LAYANAN", "ringkasanPermintaan", "b"));

    execute(job("berikanJawaban_mutuBaku", late));

    List<IdentityLink> links = processEngine.getTaskService()
        .getIdentityLinksForTask(task(other).getId());
    assertThat(links).extracting(IdentityLink::getGroupId).containsExactly("bidangPengangkatanPensiun");
  }

  private static Date plus(Date date, Duration duration) {
    return Date.from(date.toInstant().plus(duration));
  }

  private static OffsetDateTime jakarta(Date date) {
    return date.toInstant().atZone(MutuBaku.WIB).toOffsetDateTime();
  }
}
