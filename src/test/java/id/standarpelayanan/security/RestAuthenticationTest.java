package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.mock.web.MockHttpServletRequest;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** {@code /engine-rest/**} and {@code /api/**} answer 401 without a valid login. */
class RestAuthenticationTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private RuntimeService runtime;

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/user",
      "/engine-rest/engine/default/process-definition", "/api/mutu-baku/pelanggaran?processInstanceId=x"})
  void getWithoutCredentialsIs401WithBasicChallenge(String path) {
    ResponseEntity<String> response = anonymous.getForEntity(path, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
    assertThat(response.getBody()).contains("Perlu login");
  }

  @Test
  void startingAProcessWithoutCredentialsIs401AndStartsNothing() {
    long before = runtime.createProcessInstanceQuery().count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> viaApi = anonymous.exchange("/api/panggilan", HttpMethod.POST,
        new HttpEntity<>("{\"nomorPenelepon\":\"0618453744\",\"ekstensi\":\"102\"}", headers), String.class);
    ResponseEntity<String> viaEngine = anonymous.exchange(
        "/engine-rest/process-definition/key/penerimaanTelepon/start", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{\"nomorPenelepon\":{\"value\":\"0618453744\"}}}", headers),
        String.class);

    assertThat(viaApi.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(viaEngine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void wrongPasswordIs401() {
    // a user of its own: Camunda locks an account for a while after a failed login
    TestUsers.ensure(processEngine.getIdentityService(), "salahSandi", "operator");

    ResponseEntity<String> response = anonymous.withBasicAuth("salahSandi", "salah-sandi")
        .getForEntity("/engine-rest/process-definition", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminCannotLogInWithItsIdAsPassword() {
    ResponseEntity<String> response = anonymous.withBasicAuth("admin", "admin")
        .getForEntity("/engine-rest/process-definition", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void validLoginReachesTheEngine() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "telefoni", "operator");

    ResponseEntity<List<Map<String, Object>>> response = anonymous.withBasicAuth("telefoni", password)
        .exchange("/engine-rest/process-definition?key=penerimaanTelepon", HttpMethod.GET, null,
            new org.springframework.core.ParameterizedTypeReference<>() {
            });

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isNotEmpty()
        .allSatisfy(definition -> assertThat(definition).containsEntry("key", "penerimaanTelepon"));
  }

  @Test
  void engineRestStartWithInvalidNumberIsRefusedAs400() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "telefoni", "operator");
    long before = runtime.createProcessInstanceQuery().count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> response = anonymous.withBasicAuth("telefoni", password).exchange(
        "/engine-rest/process-definition/key/penerimaanTelepon/start", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{\"nomorPenelepon\":{\"value\":\"tidak ada\"}}}", headers),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"field\":\"nomorPenelepon\"", "tidak sah");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void onlyTheCitizensCallsArePublic() {
    var publicCalls = RestAuthentication.publicCalls(RestAuthentication.PUBLIC_API);

    assertThat(publicCalls.test(new MockHttpServletRequest("POST", "/api/laporan"))).isTrue();
    assertThat(publicCalls.test(new MockHttpServletRequest("GET", "/api/laporan/LPR-2026-000001"))).isTrue();
    assertThat(publicCalls.test(new MockHttpServletRequest("POST", "/api/laporan/LPR-2026-000001/tanggapan"))).isTrue();
    assertThat(publicCalls.test(new MockHttpServletRequest("GET", "/api/laporan/LPR-2026-000001/pelapor"))).isFalse();
    assertThat(publicCalls.test(new MockHttpServletRequest("GET", "/api/laporan"))).isFalse();
    assertThat(publicCalls.test(new MockHttpServletRequest("POST", "/api/panggilan"))).isFalse();
    assertThat(publicCalls.test(new MockHttpServletRequest("GET", "/api/mutu-baku/pelanggaran"))).isFalse();
  }
}
