package id.standarpelayanan.mutubaku;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * Gives a user task the due date of its mutu baku timer. The engine creates a scope's timers
 * before the task, so the task's deadline is the timer's own due date: whatever business calendar
 * resolved the timer (minutes, or working days), Tasklist shows exactly when it will fire.
 */
class DueDateFromTimer implements TaskListener {

  private final String timerId;

  DueDateFromTimer(String timerId) {
    this.timerId = timerId;
  }

  @Override
  public void notify(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    execution.getJobs().stream()
        .filter(job -> job instanceof TimerEntity && timerId.equals(job.getActivityId()))
        .findFirst()
        .ifPresent(timer -> task.setDueDate(timer.getDuedate()));
  }
}
