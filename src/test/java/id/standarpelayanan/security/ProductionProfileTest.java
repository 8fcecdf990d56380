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

/**
 * The `postgres` (production) profile: the baseline of every profile (secure cookies over HTTPS,
 * security headers, CSRF, password policy) and the database tuning.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.process-engine-name=produksi",
        // behind a reverse proxy on this host that terminates HTTPS (README, "Security baseline")
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
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
    HttpHeaders overHttps = new HttpHeaders();
    overHttps.set("X-Forwarded-Proto", "https");
    ResponseEntity<String> page = rest.exchange("/camunda/app/cockpit/default/", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(overHttps), String.class);

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
