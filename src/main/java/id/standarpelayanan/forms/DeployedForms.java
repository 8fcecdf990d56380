package id.standarpelayanan.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The rules of the Camunda Forms of each deployment, read once per deployment (a deployment never
 * changes). Read straight from the deployment's resources, so that the check needs no permission
 * of the user who submits.
 */
final class DeployedForms {

  private static final Map<String, Map<String, FormRules>> BY_DEPLOYMENT = new ConcurrentHashMap<>();

  private DeployedForms() {
  }

  /** The form {@code formId} of the deployment; must be called inside an engine command. */
  static FormRules of(String deploymentId, String formId) {
    FormRules rules = BY_DEPLOYMENT.computeIfAbsent(deploymentId, DeployedForms::load).get(formId);
    if (rules == null) {
      throw new IllegalStateException("Form '" + formId + "' is not part of deployment " + deploymentId);
    }
    return rules;
  }

  private static Map<String, FormRules> load(String deploymentId) {
    Map<String, FormRules> forms = new HashMap<>();
    for (ResourceEntity resource : Context.getCommandContext().getResourceManager()
        .findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        try {
          FormRules rules = FormRules.parse(new ByteArrayInputStream(resource.getBytes()));
          forms.put(rules.formId(), rules);
        } catch (IOException e) {
          throw new UncheckedIOException("Form " + resource.getName() + " is not valid JSON", e);
        }
      }
    }
    return forms;
  }
}
