package id.standarpelayanan.forms;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Applies a step's Camunda Form rules when the step is completed, inside the engine: Tasklist,
 * {@code /engine-rest} and the Java API get the same answer, and a broken rule rolls the completion
 * back.
 */
class ValidateFormSubmission implements TaskListener {

  /** Answers of hide conditions over the values they read; a few thousand cover every form's cases. */
  private static final HideConditions CONDITIONS = new HideConditions(10_000);

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
    // the values are read only when a field that would be refused has a condition, and once
    var read = new Object() {
      Map<String, Object> values;
    };
    rules.check(submitted::getVariable, hide -> {
      if (read.values == null) {
        // the form starts with every checkbox unticked, so its conditions see false, not null
        read.values = new HashMap<>(submitted.getVariables());
        rules.uncheckedByDefault().forEach(read.values::putIfAbsent);
      }
      return CONDITIONS.holds(strip(hide), read.values, condition -> {
        FeelEngine feel = ((DefaultDmnEngineConfiguration) Context.getProcessEngineConfiguration()
            .getDmnEngineConfiguration()).getFeelEngine();
        return isTrue(feel.evaluateSimpleExpression(condition, Variables.fromMap(read.values).asVariableContext()));
      });
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
