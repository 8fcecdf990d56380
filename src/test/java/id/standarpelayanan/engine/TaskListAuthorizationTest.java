package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;

/**
 * Who sees which task, with {@link TaskAuthorizationJoin} and with Camunda's own SQL: the same
 * tasks, counts and pages for every way a task can be granted (on the task, on its process
 * definition's key, on {@code '*'}, to a person or to a group) and for none, on PostgreSQL.
 */
class TaskListAuthorizationTest extends IntegrationTest {

  @Autowired
  private TaskService tasks;
  @Autowired
  private IdentityService identity;
  @Autowired
  private AuthorizationService authorizations;
  @Autowired
  private QueryTuning queryTuning;

  private TaskAuthorizationJoin join;
  private final List<String> taskIds = new ArrayList<>();
  private final List<String> grants = new ArrayList<>();
  private String processInstance;

  private String offeredToA;
  private String grantedToUser;
  private String grantedToNobody;
  private String processTask;

  @BeforeEach
  void tasksGrantedEveryWay() {
    join = queryTuning.taskAuthorizationJoin();
    offeredToA = standaloneTask("Uji A", 3);
    tasks.addCandidateGroup(offeredToA, "grupUjiA");
    grantedToUser = standaloneTask("Uji pengguna", 1);
    grant("petugasUji", null, Resources.TASK, grantedToUser, Permissions.READ);
    grantedToNobody = standaloneTask("Uji tanpa izin", 2);
    processInstance = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "102")).getId();
    processTask = tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
    taskIds.add(processTask);
    // a definition-level read by key, and everything by '*'
    grant(null, "grupUjiB", Resources.PROCESS_DEFINITION, "penerimaanTelepon", ProcessDefinitionPermissions.READ_TASK);
    grant(null, "grupUjiSemua", Resources.TASK, Authorization.ANY, Permissions.READ);
  }

  private String standaloneTask(String name, int dueInDays) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setDueDate(new Date(System.currentTimeMillis() + dueInDays * 86_400_000L));
    tasks.saveTask(task);
    taskIds.add(task.getId());
    return task.getId();
  }

  private void grant(String user, String group, Resource resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    grants.add(authorizations.saveAuthorization(authorization).getId());
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    join.setEnabled(true);
    grants.forEach(authorizations::deleteAuthorization);
    processEngine.getRuntimeService().deleteProcessInstance(processInstance, "test", true, true);
    taskIds.stream().filter(id -> !id.equals(processTask)).forEach(id -> tasks.deleteTask(id, true));
  }

  private TaskQuery ours() {
    return tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new));
  }

  /** What a person with these groups sees, rewritten and as Camunda writes it. */
  private List<String> seenBy(String user, List<String> groups) {
    identity.setAuthentication(user, groups);
    List<Supplier<Object>> questions = List.of(
        () -> ids(ours().orderByDueDate().asc().list()),
        () -> ours().count(),
        () -> ids(ours().orderByDueDate().asc().listPage(1, 2)),
        () -> ids(ours().taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups).includeAssignedTasks()
            .orderByDueDate().asc().list()),
        () -> ids(ours().or().taskCandidateGroup("grupUjiA").taskName("Uji pengguna").endOr()
            .orderByTaskName().desc().list()));
    long before = join.rewritten();
    List<Object> rewritten = questions.stream().map(Supplier::get).toList();
    assertThat(join.rewritten()).as("every question rewritten").isEqualTo(before + questions.size());
    join.setEnabled(false);
    List<Object> asCamunda = questions.stream().map(Supplier::get).toList();
    join.setEnabled(true);
    assertThat(join.rewritten()).isEqualTo(before + questions.size());
    assertThat(rewritten).as("seen by %s %s", user, groups).isEqualTo(asCamunda);
    @SuppressWarnings("unchecked")
    List<String> all = (List<String>) rewritten.get(0);
    return all;
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  @Test
  void a_task_offered_to_the_group_is_seen_by_its_members_only() {
    assertThat(seenBy("petugasLain", List.of("grupUjiA"))).containsExactly(offeredToA);
    assertThat(seenBy("petugasLain", List.of("grupUjiLain"))).isEmpty();
  }

  @Test
  void a_task_granted_to_a_person_is_seen_by_that_person() {
    assertThat(seenBy("petugasUji", List.of())).containsExactly(grantedToUser);
    assertThat(seenBy("petugasUji", List.of("grupUjiA"))).containsExactly(grantedToUser, offeredToA);
  }

  @Test
  void read_task_on_the_definition_key_shows_its_tasks_and_nothing_else() {
    assertThat(seenBy("petugasLain", List.of("grupUjiB"))).containsExactly(processTask);
    assertThat(seenBy("petugasLain", List.of("grupUjiA", "grupUjiB"))).containsExactlyInAnyOrder(offeredToA,
        processTask);
  }

  @Test
  void a_grant_on_every_task_shows_every_task() {
    assertThat(seenBy("petugasLain", List.of("grupUjiSemua"))).containsExactlyInAnyOrder(offeredToA,
        grantedToUser, grantedToNobody, processTask);
  }

  @Test
  void the_lane_of_a_process_task_sees_it() {
    // the greeting of penerimaanTelepon is offered to the operator, who is granted it on the task
    List<String> candidates = tasks.getIdentityLinksForTask(processTask).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    assertThat(candidates).isNotEmpty();
    assertThat(seenBy("petugasLain", candidates)).contains(processTask).doesNotContain(grantedToNobody);
  }
}
