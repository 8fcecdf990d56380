package id.standarpelayanan.mutubaku;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Peringatan 2: a step finished after its due date is a failure the officer must account for, so
 * it cannot be completed without {@code alasanKeterlambatan}. Runs inside the engine, so the rule
 * holds for Tasklist and every API alike. The reason is moved to the task itself: history keeps it
 * per step, and one step's reason never counts for the next.
 */
class RequireLateReason implements TaskListener {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

  @Override
  public void notify(DelegateTask task) {
    Object given = task.getVariable(MutuBaku.LATE_REASON);
    String reason = given == null ? "" : given.toString().strip();
    Date due = task.getDueDate();
    if (reason.isEmpty() && due != null && ClockUtil.getCurrentTime().after(due)) {
      throw new LateReasonRequiredException("Tugas '" + task.getName()
          + "' melewati tenggat mutu baku (" + CLOCK.format(MutuBaku.toJakarta(due))
          + " WIB). Isi kolom \"Alasan keterlambatan\" pada formulir, lalu selesaikan lagi (bila kolom itu belum "
          + "tampil, buka ulang tugas ini).");
    }
    if (task.getExecution().hasVariable(MutuBaku.LATE_REASON)) {
      task.getExecution().removeVariable(MutuBaku.LATE_REASON);
    }
    if (!reason.isEmpty()) {
      task.setVariableLocal(MutuBaku.LATE_REASON, reason);
    }
  }
}
