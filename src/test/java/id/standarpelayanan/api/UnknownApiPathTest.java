package id.standarpelayanan.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** An address under /api/ that nothing serves: a problem detail in Bahasa Indonesia, like every API error. */
class UnknownApiPathTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;

  @Test
  void anUnknownApiAddressIsAnIndonesianProblem() {
    ResponseEntity<String> answer = anonymous.withBasicAuth("apiTakDikenal",
        TestUsers.ensure(processEngine.getIdentityService(), "apiTakDikenal", "operator"))
        .exchange("/api/panggilan/abc/tidak-ada", HttpMethod.GET, HttpEntity.EMPTY, String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getBody()).contains("\"title\":\"Tidak ditemukan\"", "tidak ada di API aplikasi")
        .doesNotContain("timestamp");
    assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    // only the citizens' own endpoints are open: an unknown address asks for a login first
    assertThat(anonymous.getForEntity("/api/laporan/LPR-1/tidak-ada", String.class).getStatusCode().value())
        .isEqualTo(401);
  }
}
