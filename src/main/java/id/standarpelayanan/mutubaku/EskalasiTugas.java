package id.standarpelayanan.mutubaku;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pengawasan berjenjang: offers a late step's open task also to the supervising group, while it
 * stays open for the group that holds it. The model names both on the service task as input
 * parameters {@code tugasTerlambat} (task key) and {@code kelompokEskalasi} (group id).
 */
@Component("eskalasiTugas")
public class EskalasiTugas implements JavaDelegate {

  static final String TASK_KEY = "tugasTerlambat";
  static final String GROUP = "kelompokEskalasi";

  private static final Logger LOG = LoggerFactory.getLogger(EskalasiTugas.class);

  @Override
  public void execute(DelegateExecution execution) {
    offerOpenTasks(execution, (String) execution.getVariableLocal(TASK_KEY),
        (String) execution.getVariableLocal(GROUP));
  }

  /** Adds {@code group} as candidate of every open task {@code taskKey} of the process instance. */
  static void offerOpenTasks(DelegateExecution execution, String taskKey, String group) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .list()) {
      tasks.addCandidateGroup(task.getId(), group);
      LOG.info("Task {} ({}) of process instance {} escalated to group {}",
          task.getId(), taskKey, execution.getProcessInstanceId(), group);
    }
  }
}
