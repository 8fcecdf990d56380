package id.standarpelayanan.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator from {@code camunda.bpm.admin-user.*} on the first start. Without a
 * configured password it generates a strong one and prints it once; an existing administrator
 * is never changed, so later starts keep whatever password it has.
 */
@Component
@Order(2)
public class AdminUserBootstrap extends AbstractProcessEnginePlugin {

  static final String PREFIX = "camunda.bpm.admin-user.";
  private static final Logger LOG = LoggerFactory.getLogger(AdminUserBootstrap.class);

  private final Environment environment;

  public AdminUserBootstrap(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    String id = environment.getProperty(PREFIX + "id", "admin");
    // read the raw property: the starter's own getter falls back to the id as password
    String password = environment.getProperty(PREFIX + "password");
    ensureAdministrator(engine.getIdentityService(), id, password,
        environment.getProperty(PREFIX + "first-name", "Administrator"),
        environment.getProperty(PREFIX + "last-name", "Standar Pelayanan"),
        environment.getProperty(PREFIX + "email"));
  }

  /** @return the generated password if one was generated, so that it can be shown once. */
  Optional<String> ensureAdministrator(IdentityService identity, String id, String configuredPassword,
      String firstName, String lastName, String email) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      LOG.info("Administrator '{}' exists; its password is left unchanged", id);
      return Optional.empty();
    }
    boolean generate = configuredPassword == null || configuredPassword.isBlank();
    String password = generate ? Passwords.generate() : configuredPassword;
    User admin = identity.newUser(id);
    admin.setFirstName(firstName);
    admin.setLastName(lastName);
    admin.setEmail(email);
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    if (generate) {
      LOG.warn("""

          ============================================================
           Administrator '{}' created with a generated password:
               {}
           It is shown only this once: store it now, then log in at
           /camunda and change it (Admin > Users).
          ============================================================""", id, password);
      return Optional.of(password);
    }
    LOG.info("Administrator '{}' created with the configured password", id);
    return Optional.empty();
  }
}
