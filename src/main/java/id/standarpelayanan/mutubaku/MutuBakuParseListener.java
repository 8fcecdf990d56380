package id.standarpelayanan.mutubaku;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Turns every timer boundary event marked {@code mutuBaku} into the step's standard: the same
 * timer that enforces it gives the user task its due date and records a breach when it fires.
 * A process gets this by drawing the timer; no code per process.
 */
public class MutuBakuParseListener extends AbstractBpmnParseListener {

  private final BreachLog breachLog;

  public MutuBakuParseListener(BreachLog breachLog) {
    this.breachLog = breachLog;
  }

  @Override
  public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl timer) {
    if (boundaryEvent.element("timerEventDefinition") == null || !isMutuBaku(boundaryEvent)) {
      return;
    }
    ActivityImpl step = (ActivityImpl) timer.getEventScope();
    boolean lateReasonRequired = isSet(boundaryEvent, MutuBaku.LATE_REASON_REQUIRED);
    boolean onSubprocess = !(step.getActivityBehavior() instanceof UserTaskActivityBehavior);
    for (UserTaskActivityBehavior userTask : userTasksOf(step)) {
      userTask.getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, new DueDateFromTimer(timer.getId(), onSubprocess));
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_UPDATE, new TenggatTetap());
      if (lateReasonRequired) {
        userTask.getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, new RequireLateReason());
      }
    }
    timer.addListener(ExecutionListener.EVENTNAME_START, new RecordBreach(breachLog, step.getId()));
    if (lateReasonRequired && "false".equals(boundaryEvent.attribute("cancelActivity"))) {
      // the open step's form now shows its late-reason field as required (forms: hide unless terlambat)
      String stepId = step.getId();
      timer.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
        var tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(stepId).list()
            .forEach(task -> tasks.setVariableLocal(task.getId(), MutuBaku.LATE, Boolean.TRUE));
      });
    }
    String escalateTo = property(boundaryEvent, MutuBaku.ESCALATE_TO);
    if (escalateTo != null && !escalateTo.isBlank()) {
      String stepId = step.getId();
      timer.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener)
          execution -> EskalasiTugas.offerOpenTasks(execution, stepId, escalateTo));
    }
  }

  private static String property(Element boundaryEvent, String name) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(boundaryEvent);
    return properties == null ? null : properties.get(name);
  }

  /** The step itself when it is a user task; every user task inside when it is a subprocess. */
  private static List<UserTaskActivityBehavior> userTasksOf(ActivityImpl step) {
    List<UserTaskActivityBehavior> tasks = new ArrayList<>();
    if (step.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      tasks.add(userTask);
    }
    for (ActivityImpl inner : step.getActivities()) {
      tasks.addAll(userTasksOf(inner));
    }
    return tasks;
  }

  static boolean isMutuBaku(Element boundaryEvent) {
    return isSet(boundaryEvent, MutuBaku.PROPERTY);
  }

  private static boolean isSet(Element boundaryEvent, String name) {
    return Boolean.parseBoolean(property(boundaryEvent, name));
  }
}
