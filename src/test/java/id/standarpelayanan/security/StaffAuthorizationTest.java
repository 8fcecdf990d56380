package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** Each staff group starts and sees the processes of its own standard, and no other. */
class StaffAuthorizationTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;

  private TestRestTemplate as(String user, String group) {
    return anonymous.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  private static HttpEntity<String> start() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>("{}", headers);
  }

  @Test
  void frontOfficeStartsTheInformationLineButNotSp4nLapor() {
    TestRestTemplate frontOffice = as("foAuth", "frontOffice");

    assertThat(frontOffice.exchange("/engine-rest/process-definition/key/layananInformasiTelepon/start",
        HttpMethod.POST, start(), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(frontOffice.exchange("/engine-rest/process-definition/key/pengaduanLapor/start",
        HttpMethod.POST, start(), String.class).getStatusCode().value()).isIn(403, 404);
  }

  @Test
  void operatorSeesOnlyTheTelephoneReceptionProcess() {
    var definitions = as("opAuth", "operator").exchange("/engine-rest/process-definition?latestVersion=true",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        });

    assertThat(definitions.getBody()).extracting(d -> d.get("key")).containsExactly("penerimaanTelepon");
  }

  @Test
  void tableIsCreatedOnceAndHoldsEveryStaffGroup() {
    long count = processEngine.getAuthorizationService().createAuthorizationQuery().count();
    new AuthorizationBootstrap().postProcessEngineBuild(processEngine);

    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(count);
    assertThat(AuthorizationTable.PROCESSES_OF_GROUP.keySet())
        .containsAll(StaffGroup.taskGroups().stream().map(StaffGroup::id).toList());
  }
}
