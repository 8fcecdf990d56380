package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The security baseline in the default profile (README, "Security baseline"). */
class SecurityBaselineTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;

  private TestRestTemplate as(String user, String group) {
    return anonymous.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  private static void assertApiHeaders(ResponseEntity<?> answer, String what) {
    HttpHeaders headers = answer.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).as(what).contains("no-store");
    assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    assertThat(headers.getFirst("Content-Security-Policy")).as(what).contains("default-src 'none'")
        .contains("frame-ancestors 'none'");
    // plain HTTP (a developer's localhost): no HSTS
    assertThat(headers.getFirst("Strict-Transport-Security")).as(what).isNull();
  }

  @Test
  void publicApi() {
    assertApiHeaders(anonymous.getForEntity("/api/laporan/LPR-2026-999999", String.class), "lacak laporan");
    assertApiHeaders(anonymous.getForEntity("/api/survei/tidakada", String.class), "survei");
  }

  @Test
  void staffApi() {
    ResponseEntity<String> ikm = as("baselineManajer", "manajer")
        .getForEntity("/api/survei/ikm?dari=2026-01-01&sampai=2026-03-31", String.class);
    assertThat(ikm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertApiHeaders(ikm, "ikm");
    assertApiHeaders(anonymous.getForEntity("/api/survei/ikm?dari=2026-01-01&sampai=2026-03-31", String.class),
        "401");
    ResponseEntity<String> arsip = as("baselineManajer", "manajer").getForEntity("/api/monev/arsip/999999999", String.class);
    assertThat(arsip.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertApiHeaders(arsip, "arsip monev");
    assertThat(arsip.getHeaders().getFirst("Content-Security-Policy")).doesNotContain("script-src");
  }

  @Test
  void engineRest() {
    ResponseEntity<String> tasks = as("baselineOperator", "operator").getForEntity("/engine-rest/task", String.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertApiHeaders(tasks, "engine-rest task");
    assertApiHeaders(anonymous.getForEntity("/engine-rest/task", String.class), "engine-rest 401");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/lapor", "/lapor/lacak", "/survei", "/publik/publik.css"})
  void publicPages(String path) {
    ResponseEntity<String> page = anonymous.getForEntity(path, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'").contains("object-src 'none'");
    assertThat(headers.getFirst("Strict-Transport-Security")).isNull();
  }

  @Test
  void webappOverPlainHttpKeepsUsableCookies() {
    ResponseEntity<String> page = anonymous.getForEntity("/camunda/app/cockpit/default/", String.class);
    HttpHeaders headers = page.getHeaders();
    assertThat(headers.getFirst("Content-Security-Policy")).isNotBlank();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    List<String> cookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
    assertThat(cookies).anySatisfy(cookie ->
        assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
  }

  @Test
  void overHttpsEveryCookieIsSecureAndHstsIsSent() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/cockpit/default/");
    request.setSecure(true);
    request.setScheme("https");
    MockHttpServletResponse response = new MockHttpServletResponse();
    HttpServlet setsCookies = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) {
        res.addHeader(HttpHeaders.SET_COOKIE, "XSRF-TOKEN=abc;SameSite=Lax;Path=/camunda");
        res.addHeader(HttpHeaders.SET_COOKIE, "ANDERE=1; Path=/; Secure");
        res.addCookie(new jakarta.servlet.http.Cookie("KUE", "2"));
      }
    };

    new SecurityBaseline().securityBaselineHeaders().getFilter()
        .doFilter(request, response, new MockFilterChain(setsCookies));

    assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
    assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=abc")
        .contains("Secure"));
    assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).anySatisfy(c -> assertThat(c).isEqualTo("ANDERE=1; Path=/; Secure"));
    assertThat(response.getCookie("KUE").getSecure()).isTrue();
  }

  @Test
  void passwordPolicyHoldsInTheDefaultProfile() {
    org.camunda.bpm.engine.identity.User weak = processEngine.getIdentityService().newUser("lemahBawaan");
    weak.setPassword("a");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getIdentityService().saveUser(weak))
        .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
  }

  // CSRF of /api/** with the webapp session

  private static final String PANGGILAN = "{\"nomorPenelepon\":\"0618453744\",\"ekstensi\":\"102\"}";

  private WebappSession operatorSession() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "baselineOperator", "operator");
    WebappSession session = WebappSession.login(anonymous, "tasklist", "baselineOperator", password);
    assertThat(session.loggedIn()).isTrue();
    return session;
  }

  @Test
  void aCookieWriteWithoutTokenOrOriginIsRefused() {
    HttpHeaders headers = operatorSession().json();
    headers.remove("X-XSRF-TOKEN");
    ResponseEntity<String> answer = anonymous.exchange("/api/panggilan", HttpMethod.POST,
        new HttpEntity<>(PANGGILAN, headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(answer.getBody()).contains("token CSRF");

    headers.set("X-XSRF-TOKEN", "palsu");
    headers.set(HttpHeaders.ORIGIN, "https://penyerang.example");
    assertThat(anonymous.exchange("/api/panggilan", HttpMethod.POST, new HttpEntity<>(PANGGILAN, headers),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCookieWriteWithTheTokenOrTheOwnOriginPasses() {
    HttpHeaders headers = operatorSession().json();
    ResponseEntity<String> withToken = anonymous.exchange("/api/panggilan", HttpMethod.POST,
        new HttpEntity<>(PANGGILAN, headers), String.class);
    assertThat(withToken.getStatusCode().is2xxSuccessful()).as(withToken.getBody()).isTrue();

    headers.remove("X-XSRF-TOKEN");
    headers.set(HttpHeaders.ORIGIN, anonymous.getRootUri());
    ResponseEntity<String> sameOrigin = anonymous.exchange("/api/panggilan", HttpMethod.POST,
        new HttpEntity<>(PANGGILAN, headers), String.class);
    assertThat(sameOrigin.getStatusCode().is2xxSuccessful()).as(sameOrigin.getBody()).isTrue();
  }

  @Test
  void basicClientsNeedNoToken() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = as("baselineOperator", "operator").exchange("/api/panggilan", HttpMethod.POST,
        new HttpEntity<>(PANGGILAN, headers), String.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
  }

  // /engine-rest: login everywhere, caller errors 4xx

  @Test
  void theEngineListNeedsLogin() {
    assertThat(anonymous.getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("baselineOperator", "operator").getForEntity("/engine-rest/engine", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void callerErrorsAreAnswered4xxWithCamundasMessage() {
    TestRestTemplate admin = as("baselineAdmin", "camunda-admin");
    ResponseEntity<String> negative = admin.getForEntity("/engine-rest/task?maxResults=-5", String.class);
    assertThat(negative.getStatusCode()).as(negative.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negative.getBody()).contains("\"message\"");

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> invalidId = admin.exchange("/engine-rest/user/create", HttpMethod.POST, new HttpEntity<>(
        "{\"profile\":{\"id\":\"bukan id!\",\"firstName\":\"A\",\"lastName\":\"B\"},"
            + "\"credentials\":{\"password\":\"Sandi-Kuat-123\"}}", json), String.class);
    assertThat(invalidId.getStatusCode()).as(invalidId.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalidId.getBody()).contains("\"message\"");

    ResponseEntity<String> serialized = admin.exchange(
        "/engine-rest/process-definition/key/penerimaanTelepon/start", HttpMethod.POST, new HttpEntity<>(
            "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{"
                + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}}}", json), String.class);
    assertThat(serialized.getStatusCode().is4xxClientError()).as(serialized.getBody()).isTrue();

    ResponseEntity<String> missing = admin.getForEntity("/engine-rest/task/tidak-ada", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
