package id.standarpelayanan.telepon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.springframework.stereotype.Component;

/**
 * The extensions of the voice menu, read from the deployed {@code routingEkstensi} decision: the
 * DMN is the one place the menu is written, and intake accepts exactly what it routes.
 */
@Component
public class MenuEkstensi {

  private final RepositoryService repository;
  private final CommandExecutor commands;
  private final Map<String, List<String>> byDecisionDefinition = new ConcurrentHashMap<>();

  public MenuEkstensi(ProcessEngine engine) {
    this.repository = engine.getRepositoryService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  /**
   * The menu, whoever asks: like the recorded voice menu it is no secret, and the caller's own
   * permissions decide only whether the call may then be started.
   */
  public List<String> extensions() {
    return commands.execute(context -> context.runWithoutAuthorization(() -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery()
          .decisionDefinitionKey(PenerimaanTelepon.DECISION_KEY).latestVersion().singleResult();
      return byDecisionDefinition.computeIfAbsent(latest.getId(), this::read);
    }));
  }

  private List<String> read(String decisionDefinitionId) {
    DmnModelInstance model = repository.getDmnModelInstance(decisionDefinitionId);
    return model.getModelElementsByType(InputEntry.class).stream()
        .map(entry -> entry.getText().getTextContent().strip())
        .filter(text -> text.length() > 2 && text.startsWith("\"") && text.endsWith("\""))
        .map(text -> text.substring(1, text.length() - 1))
        .toList();
  }
}
