package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;

class GroupBootstrapTest extends IntegrationTest {

  @Autowired
  private IdentityService identity;
  @Autowired
  private FilterService filters;
  @Autowired
  private AuthorizationService authorizations;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private GroupBootstrap bootstrap;

  @Test
  void everyGroupOfTheSpecExistsWithItsName() {
    for (StaffGroup staffGroup : StaffGroup.values()) {
      Group group = identity.createGroupQuery().groupId(staffGroup.id()).singleResult();
      assertThat(group).as(staffGroup.id()).isNotNull();
      assertThat(group.getName()).isEqualTo(staffGroup.displayName());
    }
    assertThat(StaffGroup.values()).extracting(StaffGroup::id).contains("operator", "ppt",
        "bidangPengangkatanPensiun", "bidangMutasiStatus", "bagianTataUsaha", "bidangInformasiKepegawaian",
        "bidangPengembanganSupervisi", "kepalaKantor", "petugasCallCenter", "frontOffice", "backOffice",
        "unitTerkait", "adminNasional", "adminInstansi", "adminEselon1", "adminUpt", "analisSdm",
        "kepalaBidang", "manajer", "auditor", "camunda-admin");
  }

  @Test
  void eachTaskGroupHasItsFilterSortedByDueDateReadableByTheGroup() {
    for (StaffGroup group : StaffGroup.taskGroups()) {
      Filter filter = filters.createTaskFilterQuery().filterName("Tugas " + group.displayName()).singleResult();
      assertThat(filter).as(group.id()).isNotNull();
      TaskQueryImpl query = filter.getQuery();
      assertThat(query.getCandidateGroup()).isEqualTo(group.id());
      assertThat(query.getOrderingProperties()).singleElement()
          .satisfies(order -> assertThat(order.getQueryProperty().getName()).isEqualTo("DUE_DATE_"));
      assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
          .resourceId(filter.getId()).groupIdIn(group.id()).count()).isOne();
    }
  }

  @Test
  void groupFilterListsTheUnitsCallsAndOverdueFilterListsLateOnes() {
    Filter mutasi = filters.createTaskFilterQuery()
        .filterName("Tugas Bidang Mutasi dan Status Kepegawaian").singleResult();
    Filter overdue = filters.createTaskFilterQuery().filterName(GroupBootstrap.OVERDUE_FILTER).singleResult();
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();

    List<Task> unitTasks = filters.list(mutasi.getId());
    assertThat(unitTasks).extracting(Task::getProcessInstanceId).contains(pi);
    // calls to call back have no mutu baku (no due date): the others come sorted by their deadline
    assertThat(unitTasks).extracting(Task::getDueDate).filteredOn(java.util.Objects::nonNull)
        .isSortedAccordingTo(Date::compareTo);
    assertThat(filters.<Task>list(overdue.getId())).extracting(Task::getProcessInstanceId).doesNotContain(pi);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));

    assertThat(filters.<Task>list(overdue.getId())).extracting(Task::getProcessInstanceId).contains(pi);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(overdue.getId()).userIdIn("*").list()).singleElement()
        .satisfies(everyone -> assertThat(everyone.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GLOBAL));
  }

  @Test
  void theMissedCallsListShowsAUnitItsOwnCallsToCallBack() {
    Filter missed = filters.createTaskFilterQuery().filterName(GroupBootstrap.MISSED_CALLS_FILTER).singleResult();
    String mine = missedCall("102");
    String other = missedCall("201");
    identity.setAuthentication("missedMutasi", List.of("bidangMutasiStatus"));
    try {
      assertThat(filters.<Task>list(missed.getId())).extracting(Task::getProcessInstanceId)
          .contains(mine).doesNotContain(other);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(missed.getId())
        .groupIdIn("bidangMutasiStatus", "operator").count()).isEqualTo(2);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(missed.getId())
        .groupIdIn("adminNasional").count()).as("offered only to the lanes of penerimaanTelepon").isZero();
  }

  private String missedCall(String ekstensi) {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", ekstensi)).getId();
    var management = processEngine.getManagementService();
    for (int lapse = 0; lapse < 2; lapse++) {
      management.executeJob(management.createJobQuery().processInstanceId(pi).activityId("terimaPanggilan_mutuBaku")
          .singleResult().getId());
    }
    return pi;
  }

  /** Earlier versions granted the shared filter with a GRANT for user '*', which Camunda's check of
   *  one filter ignores (issue 18): a start replaces it by the GLOBAL authorization. */
  @Test
  void anEarlierGrantForEveryoneIsReplacedByAGlobalAuthorization() {
    Filter overdue = filters.createTaskFilterQuery().filterName(GroupBootstrap.OVERDUE_FILTER).singleResult();
    authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(overdue.getId())
        .userIdIn("*").list().forEach(existing -> authorizations.deleteAuthorization(existing.getId()));
    Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setResource(Resources.FILTER);
    earlier.setResourceId(overdue.getId());
    earlier.setUserId("*");
    earlier.addPermission(Permissions.READ);
    authorizations.saveAuthorization(earlier);

    bootstrap.postProcessEngineBuild(processEngine);

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(overdue.getId()).userIdIn("*").list()).singleElement()
        .satisfies(everyone -> assertThat(everyone.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GLOBAL));
  }

  @Test
  void runningAgainCreatesNothingNew() {
    long groups = identity.createGroupQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long authorizationCount = authorizations.createAuthorizationQuery().count();

    bootstrap.postProcessEngineBuild(processEngine);

    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationCount);
  }
}
