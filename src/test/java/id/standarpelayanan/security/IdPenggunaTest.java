package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;

/**
 * User ids as offices write them (issue 18): an administrator creates {@code siti.rahayu},
 * {@code siti_rahayu} and an 18-digit NIP through {@code /engine-rest} and through Admin (session
 * and CSRF token, as the browser), and such a user logs in to Tasklist; an id with a space or markup
 * is refused 400 with an explanation in Bahasa Indonesia, never 500, and nothing is created.
 */
class IdPenggunaTest extends IntegrationTest {

  private static final String PASSWORD = "Sandi-Kantor-2026!";
  private static final String ADMIN_API = "/camunda/api/engine/engine/default/user/create";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACCEPTED = List.of("siti.rahayu", "siti_rahayu", "199001012015031001",
      "budi-santoso", "Rahmat.Hidayat_2");
  private static final List<String> REFUSED = List.of("siti rahayu", "siti<b>", "<script>", ".siti", "siti.",
      "siti..rahayu", "siti/rahayu", "siti@kantor.go.id", "a".repeat(65));

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private IdentityService identity;

  @AfterEach
  void removeUsers() {
    for (String id : ACCEPTED) {
      identity.deleteUser(id);
    }
    identity.deleteUser("dewi.lestari");
  }

  private TestRestTemplate admin() {
    return anonymous.withBasicAuth("idAdmin", TestUsers.ensure(identity, "idAdmin", Groups.CAMUNDA_ADMIN));
  }

  private static String user(String id) throws Exception {
    return "{\"profile\":{\"id\":" + JSON.writeValueAsString(id) + ",\"firstName\":\"Siti\",\"lastName\":\"Rahayu\","
        + "\"email\":\"siti@example.go.id\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}";
  }

  private static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static void assertRefusedInIndonesian(ResponseEntity<String> answer, String id) throws Exception {
    assertThat(answer.getStatusCode().value()).as(id + ": " + answer.getBody()).isEqualTo(400);
    JsonNode body = JSON.readTree(answer.getBody());
    assertThat(body.path("message").asText()).as(id)
        .startsWith("Id pengguna tidak dapat dipakai. Id pengguna hanya boleh berisi huruf, angka, titik (.)")
        .doesNotContain("<");
    assertThat(body.path("field").asText()).isEqualTo("id");
  }

  @Test
  void officeIdsAreCreatedThroughEngineRestAndLogIn() throws Exception {
    TestRestTemplate admin = admin();
    for (String id : ACCEPTED) {
      ResponseEntity<String> created = admin.exchange("/engine-rest/user/create", HttpMethod.POST,
          new HttpEntity<>(user(id), json()), String.class);
      assertThat(created.getStatusCode().value()).as(id + ": " + created.getBody()).isEqualTo(204);
      ResponseEntity<String> profile = admin.getForEntity("/engine-rest/user/" + id + "/profile", String.class);
      assertThat(profile.getStatusCode().value()).as(id).isEqualTo(200);
      assertThat(JSON.readTree(profile.getBody()).path("id").asText()).isEqualTo(id);
    }
    identity.createMembership("siti.rahayu", "frontOffice");
    assertThat(WebappSession.login(anonymous, "tasklist", "siti.rahayu", PASSWORD).loggedIn()).isTrue();
    identity.createMembership("199001012015031001", "frontOffice");
    assertThat(WebappSession.login(anonymous, "tasklist", "199001012015031001", PASSWORD).loggedIn()).isTrue();
  }

  @Test
  void refusedIdsAre400InIndonesianThroughEngineRest() throws Exception {
    TestRestTemplate admin = admin();
    for (String id : REFUSED) {
      assertRefusedInIndonesian(admin.exchange("/engine-rest/user/create", HttpMethod.POST,
          new HttpEntity<>(user(id), json()), String.class), id);
      assertThat(identity.createUserQuery().userId(id).count()).as(id).isZero();
    }
  }

  @Test
  void adminCreatesAnOfficeIdAndIsToldWhyAnotherIsRefused() throws Exception {
    WebappSession session = WebappSession.login(anonymous, "admin", "idAdmin",
        TestUsers.ensure(identity, "idAdmin", Groups.CAMUNDA_ADMIN));
    assertThat(session.loggedIn()).isTrue();

    ResponseEntity<String> created = anonymous.exchange(ADMIN_API, HttpMethod.POST,
        new HttpEntity<>(user("dewi.lestari"), session.json()), String.class);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(204);
    assertThat(identity.createUserQuery().userId("dewi.lestari").count()).isOne();

    for (String id : List.of("dewi lestari", "dewi<i>")) {
      assertRefusedInIndonesian(anonymous.exchange(ADMIN_API, HttpMethod.POST,
          new HttpEntity<>(user(id), session.json()), String.class), id);
      assertThat(identity.createUserQuery().userId(id).count()).as(id).isZero();
    }
  }
}
