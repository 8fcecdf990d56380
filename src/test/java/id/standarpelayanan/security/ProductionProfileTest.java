package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.standarpelayanan.Application;
import id.standarpelayanan.TestDatabase;

/** The `postgres` (production) profile: secure cookies, security headers, CSRF, password policy. */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=produksi")
@ActiveProfiles({"postgres", "test"})
class ProductionProfileTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private javax.sql.DataSource dataSource;
  @Autowired
  private IdentityService identity;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
  }

  @Test
  void webappsAnswerWithSecurityHeadersAndSecureCookies() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/cockpit/default/", String.class);

    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("Strict-Transport-Security")).contains("max-age");
    assertThat(headers.getFirst("Content-Security-Policy")).isNotBlank();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    List<String> cookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure"));
    assertThat(cookies).anySatisfy(cookie ->
        assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").containsIgnoringCase("HttpOnly"));
  }

  @Test
  void connectionsAreTunedForTheEnginesQueries() throws Exception {
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      assertThat(setting(statement, "SHOW random_page_cost")).isEqualTo("1.1");
      assertThat(setting(statement, "SHOW jit")).isEqualTo("off");
      assertThat(connection.unwrap(org.postgresql.core.BaseConnection.class).getQueryExecutor()
          .isReWriteBatchedInsertsEnabled()).isTrue();
    }
  }

  private static String setting(java.sql.Statement statement, String show) throws java.sql.SQLException {
    try (java.sql.ResultSet result = statement.executeQuery(show)) {
      result.next();
      return result.getString(1);
    }
  }

  @Test
  void weakPasswordsAreRefused() {
    User weak = identity.newUser("lemah");
    weak.setPassword("rahasia");

    assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    User strong = identity.newUser("kuat");
    strong.setPassword(Passwords.generate());
    identity.saveUser(strong);
    assertThat(identity.createUserQuery().userId("kuat").count()).isOne();
  }
}
