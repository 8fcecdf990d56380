package id.standarpelayanan.mutubaku;

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
    if (step.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, new DueDateFromTimer(timer.getId()));
    }
    timer.addListener(ExecutionListener.EVENTNAME_START, new RecordBreach(breachLog, step.getId()));
  }

  static boolean isMutuBaku(Element boundaryEvent) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(boundaryEvent);
    return properties != null && Boolean.parseBoolean(properties.get(MutuBaku.PROPERTY));
  }
}
