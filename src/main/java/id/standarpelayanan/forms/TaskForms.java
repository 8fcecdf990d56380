package id.standarpelayanan.forms;

import java.util.Optional;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The Camunda Form of an open task, for checks made inside an engine command. */
public final class TaskForms {

  private TaskForms() {
  }

  /** The field {@code key} of the task's Camunda Form; empty when the task has no such field. */
  public static Optional<FormRules.Field> field(TaskEntity task, String key) {
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return Optional.empty();
    }
    return DeployedForms.of(task.getProcessDefinition().getDeploymentId(), ref.getKey()).fields().stream()
        .filter(field -> field.key().equals(key)).findFirst();
  }
}
