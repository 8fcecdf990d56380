package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.batas.GagalMasuk;
import id.standarpelayanan.batas.KlienLoopback;
import id.standarpelayanan.batas.KlienLoopback.Jawaban;

/**
 * A stranger trying passwords against {@code admin} from one address makes that address wait, for
 * minutes, and nothing else: the real administrator logs in from another address at once, through
 * HTTP Basic and the webapps' login alike, and nothing stays locked. (The suite's own 127.0.0.1 is
 * exempt in the test profile; these tests use 127.0.0.21 and up.)
 */
class KunciMasukTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private AturUlangAdmin aturUlangAdmin;
  @Autowired
  private GagalMasuk gagalMasuk;

  private final List<String> users = new ArrayList<>();

  @AfterEach
  void forgetFailures() {
    gagalMasuk.buka("admin", true);
    users.forEach(user -> gagalMasuk.buka(user, true));
  }

  private KlienLoopback from(String address) {
    return new KlienLoopback(address, port);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Jawaban engineRest(String address, String user, String password) throws IOException {
    return from(address).get("/engine-rest/user/count", "Authorization", basic(user, password));
  }

  @Test
  void fiftyWrongPasswordsFromOneAddressLeaveAdminFreeElsewhereAndEndByThemselves() throws Exception {
    String password = aturUlangAdmin.aturUlang("admin");
    List<Integer> statuses = new ArrayList<>();
    Jawaban last = null;
    for (int i = 0; i < 50; i++) {
      last = engineRest("127.0.0.21", "admin", "salah" + i);
      statuses.add(last.status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 50)).containsOnly(429);
    assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(JSON.readTree(last.body()).path("detail").asText()).contains("Coba lagi dalam");
    // the right password from the attacking address waits too: it is not even checked
    assertThat(engineRest("127.0.0.21", "admin", password).status()).isEqualTo(429);

    // the administrator elsewhere: at once, through /engine-rest, /api and the webapps
    assertThat(engineRest("127.0.0.22", "admin", password).status()).isEqualTo(200);
    assertThat(from("127.0.0.22").get("/api/kunci-masuk/admin", "Authorization", basic("admin", password)).status())
        .isEqualTo(200);
    assertThat(webappLogin("127.0.0.22", "admin", password).status()).isEqualTo(200);
    // Camunda locked nothing
    assertThat(processEngine.getIdentityService().checkPassword("admin", password)).isTrue();

    // a few minutes on, the attacking address may try again: nothing was permanent
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 60_000));
    assertThat(engineRest("127.0.0.21", "admin", password).status()).isEqualTo(200);
  }

  @Test
  void theWebappLoginIsThrottledTheSameWay() throws Exception {
    String password = aturUlangAdmin.aturUlang("admin");
    List<Integer> statuses = new ArrayList<>();
    Jawaban last = null;
    for (int i = 0; i < 50; i++) {
      last = webappLogin("127.0.0.23", "admin", "salah" + i);
      statuses.add(last.status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 50)).containsOnly(429);
    assertThat(last.header("Retry-After")).isNotBlank();
    assertThat(JSON.readTree(last.body()).path("title").asText()).isEqualTo("Terlalu banyak percobaan masuk");
    assertThat(webappLogin("127.0.0.23", "admin", password).status()).isEqualTo(429);

    assertThat(webappLogin("127.0.0.24", "admin", password).status()).isEqualTo(200);
    assertThat(engineRest("127.0.0.24", "admin", password).status()).isEqualTo(200);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 60_000));
    assertThat(webappLogin("127.0.0.23", "admin", password).status()).isEqualTo(200);
  }

  @Test
  void theWaitGrowsWithMoreFailuresAndStaysWithinTheHour() throws Exception {
    String user = user("kunciTumbuh", "operator");
    List<Long> waits = new ArrayList<>();
    for (int failures = 0; failures < 14;) {
      Jawaban answer = engineRest("127.0.0.25", user, "salah");
      if (answer.status() == 401) {
        failures++;
      } else {
        assertThat(answer.status()).isEqualTo(429);
        long wait = Long.parseLong(answer.header("Retry-After"));
        waits.add(wait);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + wait * 1000));
      }
    }
    assertThat(waits.get(0)).isBetween(1L, 60L);
    assertThat(waits.get(waits.size() - 1)).isGreaterThan(waits.get(0) * 3).isLessThanOrEqualTo(3600L);
  }

  @Test
  void oneAddressTryingManyUsersWaitsForAllOfThem() throws Exception {
    String password = aturUlangAdmin.aturUlang("admin");
    for (int i = 0; i < 30; i++) {
      users.add("tamu" + i);
      assertThat(engineRest("127.0.0.26", "tamu" + i, "salah").status()).as("attempt " + i).isEqualTo(401);
    }
    assertThat(engineRest("127.0.0.26", "tamu30", "salah").status()).isEqualTo(429);
    assertThat(engineRest("127.0.0.26", "admin", password).status()).isEqualTo(429);
    assertThat(engineRest("127.0.0.27", "admin", password).status()).isEqualTo(200);
  }

  @Test
  void anAdministratorSeesAndClearsAUsersWait() throws Exception {
    String user = user("kunciDibuka", "operator");
    String password = TestUsers.ensure(processEngine.getIdentityService(), user, "operator");
    for (int i = 0; i < 6; i++) {
      engineRest("127.0.0.28", user, "salah");
    }
    assertThat(engineRest("127.0.0.28", user, password).status()).isEqualTo(429);

    TestRestTemplate admin = rest.withBasicAuth("kunciAdmin",
        TestUsers.ensure(processEngine.getIdentityService(), "kunciAdmin", Groups.CAMUNDA_ADMIN));
    JsonNode seen = JSON.readTree(admin.getForObject("/api/kunci-masuk/" + user, String.class));
    assertThat(seen.path("alamat").path(0).path("alamat").asText()).isEqualTo("127.0.0.28");
    assertThat(seen.path("alamat").path(0).path("tungguDetik").asLong()).isPositive();

    TestRestTemplate operator = rest.withBasicAuth(user, password);
    assertThat(operator.getForEntity("/api/kunci-masuk/" + user, String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(operator.exchange("/api/kunci-masuk/" + user, HttpMethod.DELETE, null, String.class)
        .getStatusCode().value()).isEqualTo(403);

    ResponseEntity<String> cleared = admin.exchange("/api/kunci-masuk/" + user, HttpMethod.DELETE, null, String.class);
    assertThat(cleared.getStatusCode().value()).isEqualTo(200);
    assertThat(JSON.readTree(cleared.getBody()).path("alamat").asInt()).isEqualTo(1);
    assertThat(engineRest("127.0.0.28", user, password).status()).isEqualTo(200);
    assertThat(JSON.readTree(admin.getForObject("/api/kunci-masuk/" + user, String.class)).path("alamat").size())
        .isZero();
  }

  @Test
  void theCommandLineResetGivesANewPasswordMembershipAndNoWaits() throws Exception {
    String id = "adminDarurat";
    users.add(id);
    String first = aturUlangAdmin.aturUlang(id);
    for (int i = 0; i < 6; i++) {
      engineRest("127.0.0.29", id, "salah");
    }
    processEngine.getIdentityService().deleteMembership(id, Groups.CAMUNDA_ADMIN);
    assertThat(engineRest("127.0.0.29", id, first).status()).isEqualTo(429);

    String second = aturUlangAdmin.aturUlang(id);
    assertThat(second).isNotEqualTo(first);
    assertThat(engineRest("127.0.0.29", id, first).status()).isEqualTo(401);
    assertThat(engineRest("127.0.0.29", id, second).status()).isEqualTo(200);
    assertThat(processEngine.getIdentityService().createUserQuery().userId(id)
        .memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    // the reset is no HTTP endpoint: only the start-up property triggers it
    assertThat(AturUlangAdmin.class.getAnnotation(org.springframework.web.bind.annotation.RestController.class)).isNull();
  }

  private String user(String id, String group) {
    users.add(id);
    TestUsers.ensure(processEngine.getIdentityService(), id, group);
    return id;
  }

  /** The webapps' login as a browser sends it from {@code address}: page, cookies, CSRF token, form. */
  private Jawaban webappLogin(String address, String user, String password) throws IOException {
    KlienLoopback client = from(address);
    Jawaban page = client.get("/camunda/app/tasklist/default/", "Accept", "text/html");
    Map<String, String> cookies = new LinkedHashMap<>();
    String setCookie = page.header("Set-Cookie");
    if (setCookie != null) {
      for (String line : setCookie.split("\n")) {
        HttpCookie.parse(line).forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
      }
    }
    StringBuilder cookieHeader = new StringBuilder();
    cookies.forEach((name, value) -> cookieHeader.append(cookieHeader.length() == 0 ? "" : "; ")
        .append(name).append('=').append(value));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded",
        "Cookie", cookieHeader.toString()));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.addAll(List.of("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")));
    }
    return client.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
        headers.toArray(String[]::new));
  }
}
