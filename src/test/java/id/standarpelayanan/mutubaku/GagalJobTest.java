package id.standarpelayanan.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;

/**
 * Work that fails inside a timer job is retried three times, ten minutes apart (R3/PT10M), and then
 * stays as an incident for Cockpit: never lost silently, and no breach is recorded by a failed try.
 */
class GagalJobTest extends IntegrationTest {

  @Autowired
  private ManagementService management;
  @Autowired
  private BreachLog breaches;

  @BeforeEach
  void deploy() {
    deployForThisTest("mutubaku/langkah-gagal.bpmn");
  }

  @Test
  void failingWorkIsRetriedThenBecomesAnIncident() {
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("langkahGagal").getId();

    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(pi).singleResult();
      Date now = ClockUtil.getCurrentTime();
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
      Job after = management.createJobQuery().processInstanceId(pi).singleResult();
      assertThat(after.getRetries()).isEqualTo(3 - attempt);
      if (attempt < 3) {
        assertThat(Duration.between(now.toInstant(), after.getDuedate().toInstant()))
            .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
      }
    }

    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isOne();
    assertThat(breaches.findByProcessInstance(pi)).as("a failed try leaves no breach").isEmpty();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count()).isOne();
  }

  @Test
  void historyIsCleanedEachNight() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT10M");
  }
}
