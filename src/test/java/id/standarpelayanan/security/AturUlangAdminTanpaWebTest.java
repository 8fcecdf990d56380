package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The command-line reset starts without a web server; an ordinary start is left alone. */
class AturUlangAdminTanpaWebTest {

  @Test
  void theResetStartsWithoutAWebServer() {
    MockEnvironment environment = new MockEnvironment().withProperty(AturUlangAdmin.PROPERTY, "true")
        .withProperty("spring.autoconfigure.exclude", "x.Y");
    new AturUlangAdminTanpaWeb().postProcessEnvironment(environment, null);
    assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    assertThat(environment.getProperty("spring.autoconfigure.exclude"))
        .isEqualTo("x.Y," + AturUlangAdminTanpaWeb.CAMUNDA_REST);
  }

  @Test
  void anOrdinaryStartKeepsItsWebServer() {
    MockEnvironment environment = new MockEnvironment();
    new AturUlangAdminTanpaWeb().postProcessEnvironment(environment, null);
    assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
  }
}
