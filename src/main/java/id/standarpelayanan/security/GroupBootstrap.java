package id.standarpelayanan.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, on every start and without duplicating anything, that every group of the spec
 * exists, that each group working tasks has its Tasklist filter sorted by due date, that one
 * shared filter lists overdue tasks, and that administrators may administer everything.
 */
@Component
@Order(1)
public class GroupBootstrap extends AbstractProcessEnginePlugin {

  /** The shared list of calls to call back, and the step it lists. */
  static final String MISSED_CALLS_FILTER = "Panggilan tidak terjawab";
  static final String MISSED_CALL_STEP = "hubungiKembaliPenelepon";

  public static final String OVERDUE_FILTER = "Tugas Terlambat (lewat mutu baku)";
  private static final Logger LOG = LoggerFactory.getLogger(GroupBootstrap.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ensureGroups(engine.getIdentityService());
    ensureAdministratorAuthorizations(engine.getAuthorizationService());
    ensureFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
  }

  void ensureGroups(IdentityService identity) {
    for (StaffGroup staffGroup : StaffGroup.values()) {
      if (identity.createGroupQuery().groupId(staffGroup.id()).count() == 0) {
        Group group = identity.newGroup(staffGroup.id());
        group.setName(staffGroup.displayName());
        group.setType(staffGroup.type());
        identity.saveGroup(group);
        LOG.info("Group '{}' created", staffGroup.id());
      }
    }
  }

  void ensureAdministratorAuthorizations(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .resourceType(resource).resourceId(ANY).count() == 0) {
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(Groups.CAMUNDA_ADMIN);
        grant.setResource(resource);
        grant.setResourceId(ANY);
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  void ensureFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    int priority = 10;
    for (StaffGroup group : StaffGroup.taskGroups()) {
      TaskQuery query = tasks.createTaskQuery()
          .taskCandidateGroup(group.id())
          .includeAssignedTasks()
          .orderByDueDate().asc();
      String name = "Tugas " + group.displayName();
      Filter filter = ensureFilter(filters, name, query,
          "Tugas untuk " + group.displayName() + ", tenggat terdekat di atas", priority++);
      grantRead(authorizations, filter, group.id());
    }
    // seed 000: the caller's number is known from the moment the call comes in, so a call nobody
    // picked up is called back by the unit the caller chose (penerimaanTelepon, hubungiKembaliPenelepon)
    TaskQuery missed = tasks.createTaskQuery()
        .taskDefinitionKey(MISSED_CALL_STEP)
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .orderByTaskCreateTime().asc();
    Filter missedCalls = ensureFilter(filters, MISSED_CALLS_FILTER, missed,
        "Panggilan yang tidak diangkat unit maupun operator: hubungi kembali penelepon", 2);
    AuthorizationTable.PROCESSES_OF_GROUP.forEach((group, processes) -> {
      if (processes.contains("penerimaanTelepon")) {
        grantRead(authorizations, missedCalls, group);
      }
    });
    TaskQuery overdue = tasks.createTaskQuery()
        .dueBeforeExpression("${now()}")
        .orderByDueDate().asc();
    Filter shared = ensureFilter(filters, OVERDUE_FILTER, overdue,
        "Semua tugas yang sudah melewati tenggat mutu baku", 1);
    grantReadToEveryone(authorizations, shared);
  }

  /**
   * READ on one filter for every user: a GLOBAL authorization ({@code TYPE_ = 0}, user {@code '*'}).
   * A GRANT with user {@code '*'}, which earlier versions wrote here, is honoured by Camunda's filter
   * <em>query</em> (its join takes {@code USER_ID_ IN (user, '*')}) but not by the check of one
   * filter (a GRANT must name the user itself; {@code '*'} counts only in GLOBAL rows): Tasklist
   * listed the filter for everyone and every count or page of it answered 403 (issue 18). Such a
   * grant is replaced.
   */
  private void grantReadToEveryone(AuthorizationService authorizations, Filter filter) {
    authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn(ANY).list()
        .forEach(wrong -> {
          authorizations.deleteAuthorization(wrong.getId());
          LOG.info("Tasklist filter '{}': GRANT for user '*' replaced by a GLOBAL authorization", filter.getName());
        });
    if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0) {
      return;
    }
    Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    global.setResource(Resources.FILTER);
    global.setResourceId(filter.getId());
    global.addPermission(Permissions.READ);
    authorizations.saveAuthorization(global);
  }

  private Filter ensureFilter(FilterService filters, String name, TaskQuery query,
      String description, int priority) {
    Filter existing = filters.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
    LOG.info("Tasklist filter '{}' created", name);
    return filter;
  }

  private void grantRead(AuthorizationService authorizations, Filter filter, String groupId) {
    if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filter.getId()).groupIdIn(groupId).count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filter.getId());
    grant.setGroupId(groupId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
