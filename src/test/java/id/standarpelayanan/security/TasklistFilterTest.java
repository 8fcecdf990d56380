package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every Tasklist filter a person is offered opens for that person (issue 18): a member of every
 * group of the spec logs in to Tasklist as the browser does, lists the filters Tasklist lists and
 * opens each one, its first page and its count, through Tasklist's own engine API.
 */
class TasklistFilterTest extends IntegrationTest {

  private static final String API = "/camunda/api/engine/engine/default";
  /** What Tasklist 7.24 posts when it opens a filter: its empty search and its default sorting. */
  private static final String TASKLIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
       "sorting":[{"sortOrder":"desc","sortBy":"created"}]}""";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate anonymous;

  @Test
  void everyFilterOfferedToAMemberOfEveryGroupOpens() throws Exception {
    // an overdue call, so that the overdue filter has something to show
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
    List<String> failures = new ArrayList<>();
    try {
      for (StaffGroup group : StaffGroup.values()) {
        String user = "filter" + Character.toUpperCase(group.id().charAt(0)) + group.id().substring(1).replace("-", "");
        WebappSession session = WebappSession.login(anonymous, "tasklist", user,
            TestUsers.ensure(processEngine.getIdentityService(), user, group.id()));
        if (!session.loggedIn()) {
          // manajer and auditor have no Tasklist: nothing is offered to them there
          assertThat(group).as("login of " + group.id()).isIn(StaffGroup.MANAJER, StaffGroup.AUDITOR);
          continue;
        }
        ResponseEntity<String> listed = anonymous.exchange(API + "/filter?resourceType=Task&itemCount=true",
            HttpMethod.GET, new HttpEntity<>(session.json()), String.class);
        assertThat(listed.getStatusCode().value()).as(group.id() + " filter list: " + listed.getBody()).isEqualTo(200);
        JsonNode filters = JSON.readTree(listed.getBody());
        assertThat(filters.size()).as(group.id() + " sees filters").isPositive();
        List<String> names = new ArrayList<>();
        for (JsonNode filter : filters) {
          String id = filter.path("id").asText();
          String name = filter.path("name").asText();
          names.add(name);
          // Tasklist asks for HAL: the tasks with their embedded assignees, groups and definitions
          HttpHeaders hal = session.json();
          hal.setAccept(List.of(MediaType.valueOf("application/hal+json")));
          ResponseEntity<String> page = anonymous.exchange(API + "/filter/" + id + "/list?firstResult=0&maxResults=15",
              HttpMethod.POST, new HttpEntity<>(TASKLIST_BODY, hal), String.class);
          if (!page.getStatusCode().is2xxSuccessful()) {
            failures.add(group.id() + " / " + name + " list: " + page.getStatusCode() + " " + page.getBody());
          } else if (group == StaffGroup.BIDANG_MUTASI_STATUS && name.equals(GroupBootstrap.OVERDUE_FILTER)) {
            assertThat(JSON.readTree(page.getBody()).path("_embedded").path("task").findValuesAsText("processInstanceId"))
                .as("the unit's overdue call in the overdue filter").contains(pi);
          }
          ResponseEntity<String> count = anonymous.exchange(API + "/filter/" + id + "/count",
              HttpMethod.POST, new HttpEntity<>(TASKLIST_BODY, session.json()), String.class);
          if (!count.getStatusCode().is2xxSuccessful()) {
            failures.add(group.id() + " / " + name + " count: " + count.getStatusCode() + " " + count.getBody());
          }
          ResponseEntity<String> one = anonymous.exchange(API + "/filter/" + id + "?itemCount=true",
              HttpMethod.GET, new HttpEntity<>(session.json()), String.class);
          if (!one.getStatusCode().is2xxSuccessful()) {
            failures.add(group.id() + " / " + name + " get: " + one.getStatusCode() + " " + one.getBody());
          }
        }
        assertThat(names).as(group.id()).contains(GroupBootstrap.OVERDUE_FILTER);
        if (group.worksTasks()) {
          assertThat(names).as(group.id()).contains("Tugas " + group.displayName());
        }
      }
      assertThat(failures).isEmpty();
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(pi, "test");
    }
  }
}
