package id.standarpelayanan.informasi;

import id.standarpelayanan.api.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.penelepon.IdentitasPenelepon;
import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.mutubaku.LateReasonRequiredException;
import id.standarpelayanan.mutubaku.MutuBaku;

/** Both paths, every timer and the late-reason rule of {@code layananInformasiTelepon}. */
class LayananInformasiTeleponProcessTest extends IntegrationTest {

  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, MutuBaku.WIB).toInstant());

  @Autowired
  private IdentitasPenelepon identitas;
  @Autowired
  private BreachLog breaches;

  private ProcessInstance pi;

  @BeforeEach
  void callComesIn() {
    ClockUtil.setCurrentTime(NOW);
    pi = processEngine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon");
  }

  static Map<String, Object> identity() {
    Map<String, Object> identity = new HashMap<>();
    identity.put("namaPemohon", "Rina Siregar");
    identity.put("instansi", "SMA Negeri 1 Balige");
    identity.put("kabupatenKota", "Kabupaten Toba");
    identity.put("nomorTelepon", "0812 6000 1234");
    identity.put("pertanyaan", "Jadwal akreditasi sekolah");
    return identity;
  }

  private void throughTelaah(boolean informasiTersedia) {
    complete(task(pi), withVariables("salamDiucapkan", true));
    complete(task(pi), identity());
    Map<String, Object> telaah = new HashMap<>(Map.of("hasilTelaah", "Perlu data unit penjaminan mutu",
        "informasiTersedia", informasiTersedia));
    if (informasiTersedia) {
      telaah.put("jawaban", "Jadwal akreditasi diumumkan Maret");
    }
    complete(task(pi), telaah);
  }

  @Test
  void pathAAnswersAtOnceAndCloses() {
    assertThat(pi).isWaitingAt("ucapkanSalam");
    assertThat(task(pi)).hasCandidateGroup("frontOffice");
    assertThat(pi.getBusinessKey()).matches("INF-2026-\\d{6}");

    throughTelaah(true);

    assertThat(pi).isWaitingAt("salamPenutup");
    assertThat(task(pi)).hasCandidateGroup("frontOffice");
    complete(task(pi), withVariables("salamPenutupDiucapkan", true));
    assertThat(pi).isEnded()
        .hasPassedInOrder("ucapkanSalam", "catatIdentitas", "telaahPermintaan", "salamPenutup", "layananSelesai")
        .hasNotPassed("informasikanPenerusan", "koordinasiUnit", "teleponKembali");
    // the caller's identity is kept apart from the engine (penelepon.DataPribadiPlugin)
    assertThat(identitas.baca(pi.getId())).containsEntry("nomorTelepon", "081260001234");
    assertThat(pi).variables().doesNotContainKey("nomorTelepon");
  }

  @Test
  void pathBForwardsCoordinatesAndCallsBack() {
    throughTelaah(false);

    assertThat(pi).isWaitingAt("informasikanPenerusan");
    assertThat(task(pi)).hasCandidateGroup("backOffice");
    complete(task(pi), withVariables("pemohonDiberitahu", true));

    assertThat(pi).isWaitingAt("koordinasiUnit");
    assertThat(task(pi)).hasCandidateGroup("unitTerkait").hasCandidateGroup("backOffice");
    complete(task(pi), withVariables("unitPenjawab", "Seksi Penjaminan Mutu", "jawaban", "Maret 2027"));

    assertThat(pi).isWaitingAt("teleponKembali");
    assertThat(task(pi)).hasCandidateGroup("backOffice");
    complete(task(pi), withVariables("jawabanDisampaikan", true));

    assertThat(pi).isWaitingAt("salamPenutup");
    complete(task(pi), withVariables("salamPenutupDiucapkan", true));
    assertThat(pi).isEnded().hasPassedInOrder("telaahPermintaan", "informasikanPenerusan", "koordinasiUnit",
        "teleponKembali", "salamPenutup");
  }

  @Test
  void undecidedTelaahIsForwardedRatherThanLost() {
    complete(task(pi), withVariables("salamDiucapkan", true));
    complete(task(pi), identity());
    complete(task(pi), withVariables("hasilTelaah", "Belum jelas"));

    assertThat(pi).isWaitingAt("informasikanPenerusan");
  }

  @ParameterizedTest(name = "{0}: {1} s")
  @CsvSource({"ucapkanSalam, 60", "catatIdentitas, 180", "telaahPermintaan, 300",
      "informasikanPenerusan, 120", "koordinasiUnit, 600", "teleponKembali, 300", "salamPenutup, 120"})
  void eachStepIsDueAfterItsMutuBakuAndItsTimerRecordsABreachWhileTheStepStaysOpen(String step, long seconds) {
    walkTo(step);
    Task task = task(pi);
    assertThat(task).hasDefinitionKey(step);
    assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
        .isEqualTo(Duration.ofSeconds(seconds));

    ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(1)));
    execute(job(step + "_mutuBaku", pi));

    assertThat(pi).isWaitingAt(step);
    assertThat(breaches.findByProcessInstance(pi.getId())).singleElement()
        .satisfies(breach -> assertThat(breach.taskKey()).isEqualTo(step));
  }

  private void walkTo(String step) {
    Map<String, Map<String, Object>> done = Map.of(
        "ucapkanSalam", Map.of("salamDiucapkan", true),
        "catatIdentitas", identity(),
        "telaahPermintaan", Map.of("hasilTelaah", "Diteruskan", "informasiTersedia", false),
        "informasikanPenerusan", Map.of("pemohonDiberitahu", true),
        "koordinasiUnit", Map.of("unitPenjawab", "Seksi PM", "jawaban", "Ada"),
        "teleponKembali", Map.of("jawabanDisampaikan", true));
    for (String current : LayananInformasiTelepon.STEPS) {
      if (current.equals(step)) {
        return;
      }
      if (done.containsKey(current)) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(10)));
        complete(task(pi), done.get(current));
      }
    }
  }

  @Test
  void lateStepCannotBeCompletedWithoutAReason() {
    Task greeting = task(pi);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(61)));

    assertThatThrownBy(() -> processEngine.getTaskService().complete(greeting.getId(),
        Map.of("salamDiucapkan", true)))
        .isInstanceOf(ProcessEngineException.class)
        .hasRootCauseInstanceOf(LateReasonRequiredException.class)
        .hasMessageContaining("Alasan keterlambatan").hasMessageContaining("melewati tenggat")
        .as("plain words, not the variable's name").hasMessageNotContaining("alasanKeterlambatan");
    assertThat(pi).isWaitingAt("ucapkanSalam");

    complete(greeting, withVariables("salamDiucapkan", true, "alasanKeterlambatan", "Gangguan jaringan telepon"));

    assertThat(pi).isWaitingAt("catatIdentitas");
    HistoricVariableInstance kept = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(greeting.getId()).variableName("alasanKeterlambatan").singleResult();
    assertThat(kept.getValue()).isEqualTo("Gangguan jaringan telepon");
    assertThat(processEngine.getRuntimeService().getVariables(pi.getId()))
        .as("one step's reason must not excuse the next").doesNotContainKey("alasanKeterlambatan");
  }

  @Test
  void whenTheTimerFiresTheOpenStepIsMarkedLateSoItsFormAsksForTheReason() {
    Task greeting = task(pi);
    assertThat(processEngine.getTaskService().getVariableLocal(greeting.getId(), "terlambat")).isNull();
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(61)));
    processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId("ucapkanSalam_mutuBaku").singleResult().getId());

    assertThat(processEngine.getTaskService().getVariableLocal(greeting.getId(), "terlambat")).isEqualTo(true);
    // the form's rule (hidden unless terlambat, then required) holds on the server as well
    assertThatThrownBy(() -> processEngine.getFormService().submitTaskForm(greeting.getId(),
        Map.of("salamDiucapkan", true))).hasMessageContaining("'Alasan keterlambatan' wajib diisi");
    processEngine.getFormService().submitTaskForm(greeting.getId(),
        Map.of("salamDiucapkan", true, "alasanKeterlambatan", "Dua telepon berdering bersamaan"));
    assertThat(pi).isWaitingAt("catatIdentitas");
  }

  @Test
  void theNextLateStepNeedsItsOwnReason() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(61)));
    complete(task(pi), withVariables("salamDiucapkan", true, "alasanKeterlambatan", "Antrian panjang"));
    Task identityStep = task(pi);
    ClockUtil.setCurrentTime(Date.from(identityStep.getDueDate().toInstant().plusSeconds(1)));

    assertThatThrownBy(() -> processEngine.getTaskService().complete(identityStep.getId(), identity()))
        .hasRootCauseInstanceOf(LateReasonRequiredException.class);
  }

  @Test
  void onTimeStepNeedsNoReason() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plusSeconds(59)));

    complete(task(pi), withVariables("salamDiucapkan", true));

    assertThat(pi).isWaitingAt("catatIdentitas");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "nomorTelepon   | 12345",
      "kabupatenKota  | Kota Bandung",
      "namaPemohon    | ' '",
      "pertanyaan     | ''"})
  void identityRecordIsCompleteAndValid(String field, String value) {
    complete(task(pi), withVariables("salamDiucapkan", true));
    Map<String, Object> identity = identity();
    identity.put(field, value);
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, identity))
        .rootCause().isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", field);
    assertThat(pi).isWaitingAt("catatIdentitas");
  }
}
