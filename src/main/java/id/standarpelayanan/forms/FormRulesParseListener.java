package id.standarpelayanan.forms;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every user task with a Camunda Form ({@code camunda:formRef}) checks the form's rules when it is
 * completed. Start forms are not checked here: a process is also started by the telephone system
 * and the public API, whose input (an unknown key press, say) the process itself routes, and the
 * start's own delegates validate what must be valid.
 */
class FormRulesParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
    String formId = formRef(userTask);
    if (formId != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      // built in: runs before the model's own listeners, and cannot be skipped
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
          new ValidateFormSubmission(formId));
    }
  }

  private static String formRef(Element element) {
    String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return formId == null || formId.isBlank() ? null : formId;
  }
}
