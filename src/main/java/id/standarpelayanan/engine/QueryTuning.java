package id.standarpelayanan.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine's own tables need for this application's queries to stay fast with years of
 * data (found by the benchmarks, BENCHMARKS.md). Created after the engine made its tables, each
 * only if missing.
 *
 * <ul>
 * <li>The audit export reads each step's late reason from {@code ACT_HI_VARINST} by task; the
 * engine indexes that table by process instance and name, not by task, so without an index every
 * exported row scanned every late reason ever given.
 * <li>With authorizations on, every task query joins {@code ACT_RU_AUTHORIZATION} filtered by
 * {@code PERMS_ & 2 = 2} (READ) or {@code PERMS_ & 64 = 64} (READ_TASK). PostgreSQL guesses such a
 * bit test matches 0.5 % of rows; with one authorization per open task it expects a few hundred
 * where there are a hundred thousand and joins every task with every one of them (minutes for
 * Tasklist's count). Statistics on the two expressions give it the real numbers, and it looks
 * each task's authorization up by index instead. PostgreSQL only.
 * <li>A task query looks up, for each task, the person's authorizations on it; the engine's index
 * by resource id returns every kind of resource under {@code '*'} (all the group grants), about 90
 * rows per task to filter. A partial index of task and process-definition authorizations (resource
 * types 7 and 6) returns only those, and carries the columns the check reads, so that it needs no
 * table row. PostgreSQL only.
 * <li>Tasklist's count of a group's tasks reads, per task, its identity link, its row and its
 * authorization; the two other covering indexes (identity links by group with type and task,
 * tasks by id with the columns the count reads) keep each look-up in an index. PostgreSQL only.
 * <li>Tasklist sorts by due date; with an index by due date the first page reads the first tasks
 * instead of sorting all of the group's.
 * <li>Completing or deleting a task looks its subtasks up by parent; the engine indexes that column
 * on SQL Server only, so every completion scanned all open tasks. On PostgreSQL the index is partial
 * (subtasks only), so an ordinary task costs it nothing.
 * <li>Task lists asked by a person are planned for their values ({@link CustomPlansForTaskLists}),
 * checked with the person's groups as they are ({@link GroupsAsAuthenticated}), and joined with
 * the authorizations by the task's id ({@link TaskAuthorizationJoin}).
 * </ul>
 */
@Component
public class QueryTuning extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(QueryTuning.class);

  private final DataSource dataSource;
  private final TaskAuthorizationJoin taskAuthorizationJoin = new TaskAuthorizationJoin();

  public QueryTuning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new CustomPlansForTaskLists());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new GroupsAsAuthenticated());
    configuration.setCustomSessionFactories(sessions);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    taskAuthorizationJoin.install(configuration.getSqlSessionFactory().getConfiguration());
  }

  TaskAuthorizationJoin taskAuthorizationJoin() {
    return taskAuthorizationJoin;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_HI_VARINST_TASK ON ACT_HI_VARINST (TASK_ID_, NAME_)");
      statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_)");
      boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      // subtasks by parent (see above; Camunda indexes it on SQL Server only, camunda/camunda#36824)
      statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)"
          + (postgres ? " WHERE PARENT_TASK_ID_ IS NOT NULL" : ""));
      if (postgres) {
        statement.execute("CREATE STATISTICS IF NOT EXISTS sp_stat_auth_read ON ((PERMS_ & 2)) "
            + "FROM ACT_RU_AUTHORIZATION");
        statement.execute("CREATE STATISTICS IF NOT EXISTS sp_stat_auth_read_task ON ((PERMS_ & 64)) "
            + "FROM ACT_RU_AUTHORIZATION");
        statement.execute("DROP INDEX IF EXISTS SP_IDX_AUTH_TASK_READ");
        statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_AUTH_TASK_CHECK ON ACT_RU_AUTHORIZATION (RESOURCE_ID_) "
            + "INCLUDE (TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, PERMS_) WHERE RESOURCE_TYPE_ IN (6, 7)");
        statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_TASK_CHECK ON ACT_RU_TASK (ID_) "
            + "INCLUDE (PROC_DEF_ID_, TENANT_ID_, CASE_EXECUTION_ID_)");
        statement.execute("CREATE INDEX IF NOT EXISTS SP_IDX_IDENT_LNK_GROUP_TASK ON ACT_RU_IDENTITYLINK "
            + "(GROUP_ID_, TYPE_, TASK_ID_)");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      LOG.warn("Indexes and statistics for the application's queries not created; exports and task lists "
          + "may be slow with much data", e);
    }
  }
}
