package id.standarpelayanan.forms;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * Applies a step's Camunda Form rules when the step is completed, inside the engine: Tasklist,
 * {@code /engine-rest} and the Java API get the same answer, and a broken rule rolls the completion
 * back.
 */
class ValidateFormSubmission implements TaskListener {

  private final String formId;

  ValidateFormSubmission(String formId) {
    this.formId = formId;
  }

  @Override
  public void notify(DelegateTask task) {
    validate((ExecutionEntity) task.getExecution(), task);
  }

  private void validate(ExecutionEntity execution, VariableScope submitted) {
    FormRules rules = DeployedForms.of(execution.getProcessDefinition().getDeploymentId(), formId);
    // the FEEL context is built only when a field that would be refused has a condition, and once
    VariableContext[] context = new VariableContext[1];
    rules.check(submitted::getVariable, hide -> {
      if (context[0] == null) {
        // the form starts with every checkbox unticked, so its conditions see false, not null
        var values = Variables.fromMap(submitted.getVariables());
        rules.uncheckedByDefault().forEach(values::putIfAbsent);
        context[0] = values.asVariableContext();
      }
      FeelEngine feel = ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration()
          .getDmnEngineConfiguration()).getFeelEngine();
      return isTrue(feel.evaluateSimpleExpression(strip(hide), context[0]));
    }).ifPresent(violation -> {
      throw new FormRuleViolation(violation.field(), violation.message());
    });
  }

  private static String strip(String expression) {
    return expression.startsWith("=") ? expression.substring(1) : expression;
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value);
  }
}
