package id.standarpelayanan.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;

/**
 * A mutu baku written "3 hari kerja" on the timer: the engine's working-day calendar resolves it
 * (Friday 14:00 + 3 hari kerja = Wednesday 14:00), and the same deadline is the task's due date,
 * the breach's due time and, through history, the audit figure.
 */
class MutuBakuCalendarTest extends IntegrationTest {

  @Autowired
  private BreachLog breaches;

  @BeforeEach
  void deploy() {
    deployForThisTest("mutubaku/langkah-berkalender.bpmn");
  }

  @Test
  void workingDayMutuBakuDrivesTimerDueDateAndBreach() {
    Date friday = Date.from(ZonedDateTime.of(2026, 11, 20, 14, 0, 0, 0, MutuBaku.WIB).toInstant());
    Date wednesday = Date.from(ZonedDateTime.of(2026, 11, 25, 14, 0, 0, 0, MutuBaku.WIB).toInstant());
    ClockUtil.setCurrentTime(friday);

    ProcessInstance pi = processEngine.getRuntimeService()
        .startProcessInstanceByKey("langkahBerkalender");

    assertThat(task(pi)).hasDueDate(wednesday);
    assertThat(job("verifikasi_mutuBaku", pi).getDuedate()).isEqualTo(wednesday);

    execute(job("verifikasi_mutuBaku", pi));

    assertThat(breaches.findByProcessInstance(pi.getId())).singleElement().satisfies(breach -> {
      assertThat(breach.taskKey()).isEqualTo("verifikasi");
      assertThat(breach.dueTime().toInstant()).isEqualTo(wednesday.toInstant());
    });
    assertThat(pi).isWaitingAt("verifikasi");
  }
}
