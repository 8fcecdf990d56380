package id.standarpelayanan.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: one staff user per group (except administrators) for trying the
 * application, e.g. {@code demoBidangMutasiStatus}. The password is
 * {@code standar-pelayanan.demo.password}, or generated per user at creation and printed once.
 */
@Component
@Profile("demo")
@Order(3)
public class DemoUsers extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final String configuredPassword;

  public DemoUsers(@Value("${standar-pelayanan.demo.password:}") String configuredPassword) {
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (StaffGroup group : StaffGroup.values()) {
      if (group == StaffGroup.ADMINISTRATOR) {
        continue;
      }
      String userId = userIdFor(group);
      if (identity.createUserQuery().userId(userId).count() > 0) {
        continue;
      }
      boolean generate = configuredPassword.isBlank();
      String password = generate ? Passwords.generate() : configuredPassword;
      User user = identity.newUser(userId);
      user.setFirstName("Demo");
      user.setLastName(group.displayName());
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, group.id());
      if (generate) {
        LOG.warn("Demo user '{}' ({}) created with password: {}", userId, group.id(), password);
      } else {
        LOG.info("Demo user '{}' ({}) created with the configured demo password", userId, group.id());
      }
    }
  }

  public static String userIdFor(StaffGroup group) {
    return "demo" + Character.toUpperCase(group.id().charAt(0)) + group.id().substring(1);
  }
}
