package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import id.standarpelayanan.IntegrationTest;

@ExtendWith(OutputCaptureExtension.class)
class AdminUserBootstrapTest extends IntegrationTest {

  @Autowired
  private AdminUserBootstrap bootstrap;
  @Autowired
  private IdentityService identity;
  @Autowired
  private ApplicationContext context;

  @Test
  void theStartersAdminCreationWithItsIdAsPasswordIsNotActive() {
    assertThat(context.getBeanNamesForType(CreateAdminUserConfiguration.class)).isEmpty();
  }

  @Test
  void firstStartCreatedTheAdministratorWithoutDefaultPassword() {
    assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    assertThat(identity.checkPassword("admin", "admin")).isFalse();
    assertThat(identity.checkPassword("admin", "")).isFalse();
  }

  @Test
  void withoutConfiguredPasswordAStrongOneIsGeneratedPrintedOnceAndKept(CapturedOutput output) {
    Optional<String> generated = bootstrap.ensureAdministrator(identity, "kepalaIt", null, "Kepala", "IT", null);

    assertThat(generated).isPresent();
    String password = generated.get();
    assertThat(password).hasSize(24);
    assertThat(identity.checkPassword("kepalaIt", password)).isTrue();
    assertThat(identity.createUserQuery().userId("kepalaIt").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    assertThat(output.getOut().split(java.util.regex.Pattern.quote(password), -1)).hasSize(2);

    Optional<String> again = bootstrap.ensureAdministrator(identity, "kepalaIt", null, "Kepala", "IT", null);
    Optional<String> reconfigured =
        bootstrap.ensureAdministrator(identity, "kepalaIt", "Lain-Sandi-123", "Kepala", "IT", null);

    assertThat(again).isEmpty();
    assertThat(reconfigured).isEmpty();
    assertThat(identity.checkPassword("kepalaIt", password)).isTrue();
    assertThat(output.getOut().split(java.util.regex.Pattern.quote(password), -1)).hasSize(2);
  }

  @Test
  void configuredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
    String configured = "Sandi-Dari-Lingkungan-42";

    Optional<String> generated =
        bootstrap.ensureAdministrator(identity, "adminKanreg", configured, "Admin", "Kanreg", null);

    assertThat(generated).isEmpty();
    assertThat(identity.checkPassword("adminKanreg", configured)).isTrue();
    assertThat(output.getAll()).doesNotContain(configured);
  }
}
