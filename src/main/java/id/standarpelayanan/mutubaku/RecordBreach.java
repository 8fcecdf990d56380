package id.standarpelayanan.mutubaku;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Runs when a mutu baku timer fires and stores the breach in the same transaction as the timer
 * job, so a job that fails and is retried never leaves a breach behind, and one that succeeds
 * leaves exactly one.
 */
class RecordBreach implements ExecutionListener {

  private final BreachLog breachLog;
  private final String taskKey;

  RecordBreach(BreachLog breachLog, String taskKey) {
    this.breachLog = breachLog;
    this.taskKey = taskKey;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Date fired = ClockUtil.getCurrentTime();
    JobEntity job = Context.getCommandContext().getCurrentJob();
    ExecutionEntity entity = (ExecutionEntity) execution;
    breachLog.record(new Pelanggaran(
        execution.getProcessInstanceId(),
        entity.getProcessDefinition().getKey(),
        execution.getProcessBusinessKey(),
        taskKey,
        execution.getCurrentActivityId(),
        job == null ? null : job.getId(),
        MutuBaku.toJakarta(job == null || job.getDuedate() == null ? fired : job.getDuedate()),
        MutuBaku.toJakarta(fired)));
  }
}
