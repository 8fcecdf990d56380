package id.standarpelayanan.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import id.standarpelayanan.batas.GagalMasuk;

/**
 * The way back in for an administrator who has lost the password or every administrator account:
 * started on the server with {@code --standar-pelayanan.atur-ulang-admin=true} (environment
 * {@code STANDARPELAYANAN_ATURULANGADMIN=true}), the application gives the administrator
 * ({@code camunda.bpm.admin-user.id}, default {@code admin}) a new generated password, prints it
 * once, makes it a member of {@code camunda-admin} again, forgets its failed logins, and exits.
 * Nothing of this is reachable over HTTP: it needs a shell on the server and the database.
 */
@Component
public class AturUlangAdmin implements ApplicationRunner {

  static final String PROPERTY = "standar-pelayanan.atur-ulang-admin";
  private static final Logger LOG = LoggerFactory.getLogger(AturUlangAdmin.class);

  private final Environment environment;
  private final ProcessEngine engine;
  private final GagalMasuk gagalMasuk;
  private final ConfigurableApplicationContext context;

  public AturUlangAdmin(Environment environment, ProcessEngine engine, GagalMasuk gagalMasuk,
      ConfigurableApplicationContext context) {
    this.environment = environment;
    this.engine = engine;
    this.gagalMasuk = gagalMasuk;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!environment.getProperty(PROPERTY, Boolean.class, false)) {
      return;
    }
    String id = environment.getProperty(AdminUserBootstrap.PREFIX + "id", "admin");
    String password = aturUlang(id);
    LOG.warn("""

        ============================================================
         Administrator '{}' reset ({}=true):
             {}
         It is shown only this once: store it now, log in at /camunda
         and change it (Admin > Users). The application exits now;
         start it again WITHOUT {}.
        ============================================================""", id, PROPERTY, password, PROPERTY);
    System.exit(SpringApplication.exit(context, () -> 0));
  }

  /**
   * Gives {@code id} a new generated password (creating the user if it is gone), membership of
   * {@code camunda-admin} and no failed logins anywhere; returns the password.
   */
  String aturUlang(String id) {
    IdentityService identity = engine.getIdentityService();
    String password = Passwords.generate();
    User admin = identity.createUserQuery().userId(id).singleResult();
    if (admin == null) {
      admin = identity.newUser(id);
      admin.setFirstName("Administrator");
      admin.setLastName("Standar Pelayanan");
    }
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.unlockUser(id);
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      org.camunda.bpm.engine.identity.Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Administrator");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    }
    gagalMasuk.buka(id, true);
    LOG.info("Administrator '{}' reset from the command line", id);
    return password;
  }
}
