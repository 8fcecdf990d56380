package id.standarpelayanan.security;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A start with {@code standar-pelayanan.atur-ulang-admin=true} ({@link AturUlangAdmin}) runs without
 * a web server: nothing of it listens on a port, and it can run beside the running service.
 */
public class AturUlangAdminTanpaWeb implements EnvironmentPostProcessor {

  static final String CAMUNDA_REST = "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty(AturUlangAdmin.PROPERTY, Boolean.class, false)) {
      return;
    }
    String excluded = environment.getProperty("spring.autoconfigure.exclude", "");
    environment.getPropertySources().addFirst(new MapPropertySource("atur-ulang-admin", Map.of(
        "spring.main.web-application-type", "none",
        // Camunda's REST starter needs a servlet web application
        "spring.autoconfigure.exclude", excluded.isBlank() ? CAMUNDA_REST : excluded + "," + CAMUNDA_REST)));
  }
}
