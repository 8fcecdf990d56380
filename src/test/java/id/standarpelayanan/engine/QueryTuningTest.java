package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;

/** The engine's tables and authorization checks as QueryTuning leaves them, on PostgreSQL. */
class QueryTuningTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private TaskService tasks;
  @Autowired
  private IdentityService identity;
  @Autowired
  private AuthorizationService authorizations;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void indexes_and_statistics_exist() {
    List<String> indexes = jdbc.sql("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'sp_idx_%'")
        .query(String.class).list();
    assertThat(indexes).containsExactlyInAnyOrder("sp_idx_hi_varinst_task", "sp_idx_task_due",
        "sp_idx_auth_task_check", "sp_idx_task_check", "sp_idx_ident_lnk_group_task", "sp_idx_task_parent");
    assertThat(indexDefinition("sp_idx_auth_task_check")).contains("(resource_id_) INCLUDE (type_, user_id_, "
        + "group_id_, resource_type_, perms_)").contains("resource_type_ = ANY");
    assertThat(indexDefinition("sp_idx_task_check"))
        .contains("(id_) INCLUDE (proc_def_id_, tenant_id_, case_execution_id_)");
    assertThat(indexDefinition("sp_idx_ident_lnk_group_task")).contains("(group_id_, type_, task_id_)");
    assertThat(indexDefinition("sp_idx_task_due")).contains("(due_date_)");
    assertThat(indexDefinition("sp_idx_task_parent")).contains("(parent_task_id_) WHERE (parent_task_id_ IS NOT NULL)");
    assertThat(jdbc.sql("SELECT count(*) FROM pg_statistic_ext WHERE stxname LIKE 'sp_stat_auth_%'")
        .query(Long.class).single()).isEqualTo(2);
  }

  /**
   * Completing a task looks its subtasks up ({@code selectTasksByParentTaskId}). With many open tasks
   * that must be an index look-up, also in the generic plan PostgreSQL may keep for a statement the
   * driver has prepared on the server; the partial index applies because {@code =} implies the
   * parent is not null.
   */
  @Test
  void subtasks_are_looked_up_by_index_among_many_open_tasks() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        statement.execute("INSERT INTO ACT_RU_TASK (ID_, REV_, PARENT_TASK_ID_) SELECT 'sp-uji-' || n, 1, "
            + "CASE WHEN n % 1000 = 0 THEN 'sp-uji-1' END FROM generate_series(1, 20000) n");
        statement.execute("ANALYZE ACT_RU_TASK");
        statement.execute("PREPARE sp_subtasks (varchar) AS select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1");
        for (String planCache : List.of("force_custom_plan", "force_generic_plan")) {
          statement.execute("SET LOCAL plan_cache_mode = " + planCache);
          StringBuilder plan = new StringBuilder();
          try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE sp_subtasks('sp-uji-1')")) {
            while (rows.next()) {
              plan.append(rows.getString(1)).append('\n');
            }
          }
          assertThat(plan).as(planCache).contains("sp_idx_task_parent").doesNotContain("Seq Scan");
        }
        statement.execute("DEALLOCATE sp_subtasks");
      } finally {
        connection.rollback();
      }
    }
  }

  private String indexDefinition(String name) {
    return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = ?").param(name).query(String.class).single();
  }

  @Test
  void authorization_checks_use_the_persons_groups_as_they_are() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class))
        .isInstanceOf(GroupsAsAuthenticated.class);
    AuthorizationManager manager = (AuthorizationManager) new GroupsAsAuthenticated().openSession();
    assertThat(manager.filterAuthenticatedGroupIds(List.of("frontOffice", "tanpaOtorisasi")))
        .containsExactly("frontOffice", "tanpaOtorisasi");
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void a_group_without_authorizations_changes_no_answer() {
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "102")).getId();

    identity.setAuthentication("petugasUji", List.of("bidangMutasiStatus"));
    List<String> withItsGroup = ids(tasks.createTaskQuery().processInstanceId(pi).list());
    identity.setAuthentication("petugasUji", List.of("bidangMutasiStatus", "grupTanpaOtorisasi"));
    List<String> withAnEmptyGroupBeside = ids(tasks.createTaskQuery().processInstanceId(pi).list());
    identity.setAuthentication("petugasUji", List.of("grupTanpaOtorisasi"));
    List<String> withTheEmptyGroupAlone = ids(tasks.createTaskQuery().processInstanceId(pi).list());

    assertThat(withItsGroup).hasSize(1);
    assertThat(withAnEmptyGroupBeside).isEqualTo(withItsGroup);
    assertThat(withTheEmptyGroupAlone).isEmpty();
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  @Test
  void a_new_task_offered_to_a_group_is_granted_to_it_once() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("ujiOtorisasiTugas").camundaHistoryTimeToLive(1)
        .startEvent().userTask("tugas").camundaCandidateGroups("grupUjiA, grupUjiA, grupUjiB").endEvent().done();
    String deployment = processEngine.getRepositoryService().createDeployment()
        .addModelInstance("uji-otorisasi-tugas.bpmn", model).deploy().getId();
    try {
      String pi = processEngine.getRuntimeService().startProcessInstanceByKey("ujiOtorisasiTugas").getId();
      String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

      List<Authorization> granted = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(task).list();
      assertThat(granted).extracting(Authorization::getGroupId).containsExactlyInAnyOrder("grupUjiA", "grupUjiB");
      assertThat(granted).allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());

      // a group offered the task later, twice: the second finds the first in the table
      tasks.addCandidateGroup(task, "grupUjiC");
      tasks.addCandidateGroup(task, "grupUjiC");
      assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
          .groupIdIn("grupUjiC").count()).isEqualTo(1);

      identity.setAuthentication("petugasUji", List.of("grupUjiA"));
      assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
      identity.setAuthentication("petugasUji", List.of("grupUjiLain"));
      assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
    } finally {
      identity.clearAuthentication();
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void a_persons_task_list_is_planned_for_its_values_with_one_parallel_worker() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    TaskQueryImpl taskList = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroup("frontOffice");
    CustomPlansForTaskLists plans = new CustomPlansForTaskLists();
    List<String> seen = new java.util.ArrayList<>();
    plans.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        seen.add(show("plan_cache_mode") + " " + show("max_parallel_workers_per_gather"));
        return null;
      }
    });
    identity.setAuthentication("petugasUji", List.of("frontOffice"));
    configuration.getCommandExecutorTxRequired().execute(context -> plans.execute(taskList));
    identity.clearAuthentication();
    configuration.getCommandExecutorTxRequired().execute(context -> plans.execute(taskList));

    assertThat(seen).containsExactly("force_custom_plan 1", "auto 2");
    assertThat(CustomPlansForTaskLists.isTaskList(taskList)).isTrue();
  }

  private static String show(String setting) {
    try (java.sql.Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
        .createStatement(); java.sql.ResultSet result = statement.executeQuery("SHOW " + setting)) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
