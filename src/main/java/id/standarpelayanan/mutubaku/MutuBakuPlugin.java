package id.standarpelayanan.mutubaku;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the mutu baku parse listener with the engine. */
@Component
public class MutuBakuPlugin extends AbstractProcessEnginePlugin {

  private final BreachLog breachLog;

  public MutuBakuPlugin(BreachLog breachLog) {
    this.breachLog = breachLog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new MutuBakuParseListener(breachLog));
  }
}
