package id.standarpelayanan.mutubaku;

import java.util.Date;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The due date of a mutu baku step is its timer's ({@link DueDateFromTimer}): what Tasklist shows,
 * what the overdue filter and the lateness marks read, and when the breach is recorded. Staff may
 * not move or clear it (Tasklist's due-date field and the × beside it are hidden, README "Tasklist");
 * a change by a person other than an administrator, through any API (Tasklist's {@code PUT /task/{id}},
 * the Java API), is refused {@code 403} with a message in Bahasa Indonesia. The
 * follow-up date stays the clerk's own reminder. Changes within the second (a client's rounding
 * when it sends the task back whole) are not changes.
 *
 * <p>Reads the previous value from {@link TaskEntity#getPropertyChanges()} (Camunda internal;
 * guarded by {@code TanggalTugasTest}); the task listener runs on {@code update}, which Camunda fires
 * only for the task service's commands, never while the model creates a task.
 */
class TenggatTetap implements TaskListener {

  static final String MESSAGE = "Tenggat tugas ini adalah mutu baku langkahnya dan ditetapkan oleh sistem: "
      + "tenggat tidak dapat diubah atau dihapus. Untuk pengingat pribadi gunakan tanggal tindak lanjut.";

  @Override
  public void notify(DelegateTask delegateTask) {
    if (!(delegateTask instanceof TaskEntity task)) {
      return;
    }
    PropertyChange change = task.getPropertyChanges().get(TaskEntity.DUE_DATE);
    if (change == null || !moved(change.getOrgValue(), change.getNewValue())) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    Authentication person = context == null ? null : context.getAuthentication();
    if (person == null || person.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(person)
        || context.getDbEntityManager().getDbEntityCache().isTransient(task)) {
      return;
    }
    throw new AuthorizationException(MESSAGE);
  }

  private static boolean moved(Object before, Object after) {
    if (before == null || after == null) {
      return before != after;
    }
    return Math.abs(((Date) before).getTime() - ((Date) after).getTime()) >= 1000;
  }
}
