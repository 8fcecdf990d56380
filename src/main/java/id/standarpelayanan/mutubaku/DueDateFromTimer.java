package id.standarpelayanan.mutubaku;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * Gives a user task the due date of its mutu baku timer. The engine creates a scope's timers
 * before the task, so the task's deadline is the timer's own due date: whatever business calendar
 * resolved the timer (minutes, or working days), Tasklist shows exactly when it will fire. A timer
 * on a subprocess (a conversation of several tasks) gives its deadline to every task inside.
 */
class DueDateFromTimer implements TaskListener {

  private final String timerId;
  private final boolean inherited;

  /** @param inherited the timer is on an enclosing subprocess: a task's own mutu baku comes first */
  DueDateFromTimer(String timerId, boolean inherited) {
    this.timerId = timerId;
    this.inherited = inherited;
  }

  @Override
  public void notify(DelegateTask task) {
    if (inherited && task.getDueDate() != null) {
      return;
    }
    for (ExecutionEntity scope = (ExecutionEntity) task.getExecution(); scope != null;
        scope = scope.getParent()) {
      for (var job : scope.getJobs()) {
        if (job instanceof TimerEntity && timerId.equals(job.getActivityId())) {
          task.setDueDate(job.getDuedate());
          return;
        }
      }
    }
  }
}
