package id.standarpelayanan.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Installs a plugin's command interceptor after Camunda's command context interceptor, in both of
 * the engine's command executors (transaction required and requires new), one instance each: a
 * chain's interceptors are linked to their next one and cannot be shared between chains.
 */
public final class PostCommandInterceptors {

  private PostCommandInterceptors() {
  }

  public static void add(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> interceptor) {
    List<CommandInterceptor> required = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      required.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    required.add(interceptor.get());
    configuration.setCustomPostCommandInterceptorsTxRequired(required);
    List<CommandInterceptor> requiresNew = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() != null) {
      requiresNew.addAll(configuration.getCustomPostCommandInterceptorsTxRequiresNew());
    }
    requiresNew.add(interceptor.get());
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
  }
}
