package id.standarpelayanan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** Camunda's REST API and Tasklist's engine API share one mapper configured as Camunda configures its own. */
class SharedObjectMapperTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;

  @AfterEach
  void resetClockAndFormat() {
    ClockUtil.reset();
    JacksonConfigurator.setDateFormatString(JacksonConfigurator.DEFAULT_DATE_FORMAT);
  }

  private static HttpEntity<String> json(String body, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT, accept);
    return new HttpEntity<>(body, headers);
  }

  @Test
  void every_engine_api_asks_the_shared_mapper_and_keeps_camundas_format() {
    TestRestTemplate frontOffice = anonymous.withBasicAuth("foMapper",
        TestUsers.ensure(processEngine.getIdentityService(), "foMapper", "frontOffice"));
    ClockUtil.setCurrentTime(new Date(1_780_000_000_000L));
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon").getId();

    long before = SharedObjectMapper.Resolver.answered();
    // a property Camunda's DTO does not know is ignored, as Camunda's own mapper is configured to
    ResponseEntity<String> list = frontOffice.exchange("/engine-rest/task", HttpMethod.POST,
        json("{\"processInstanceId\":\"" + pi + "\",\"tidakDikenal\":1}", MediaType.APPLICATION_JSON_VALUE),
        String.class);
    long afterJson = SharedObjectMapper.Resolver.answered();
    ResponseEntity<String> hal = frontOffice.exchange("/engine-rest/task?processInstanceId=" + pi, HttpMethod.GET,
        json("", "application/hal+json"), String.class);
    long afterHal = SharedObjectMapper.Resolver.answered();
    ResponseEntity<String> tasklistApi = anonymous.getForEntity("/camunda/api/engine/engine", String.class);
    long afterTasklistApi = SharedObjectMapper.Resolver.answered();

    assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("\"created\":\"2026-05-29T03:26:40.000+0700\"");
    assertThat(afterJson).isGreaterThan(before);
    assertThat(hal.getStatusCode()).as(hal.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(hal.getBody()).contains("\"_embedded\"").contains("\"created\":\"2026-05-29T03:26:40.000+0700\"");
    assertThat(afterHal).isGreaterThan(afterJson);
    assertThat(tasklistApi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklistApi.getBody()).contains("\"name\":\"default\"");
    assertThat(afterTasklistApi).isGreaterThan(afterHal);
  }

  @Test
  void one_mapper_until_the_date_format_changes() throws Exception {
    SharedObjectMapper.Resolver resolver = new SharedObjectMapper.Resolver();
    ObjectMapper first = resolver.getContext(Object.class);

    assertThat(new SharedObjectMapper.Resolver().getContext(String.class)).isSameAs(first);
    assertThat(first.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(first.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
    assertThat(first.writeValueAsString(new Date(0))).isEqualTo("\"1970-01-01T07:00:00.000+0700\"");

    JacksonConfigurator.setDateFormatString("yyyy-MM-dd");
    ObjectMapper changed = resolver.getContext(Object.class);

    assertThat(changed).isNotSameAs(first);
    assertThat(changed.writeValueAsString(new Date(0))).isEqualTo("\"1970-01-01\"");
  }
}
