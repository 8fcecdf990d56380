package id.standarpelayanan.engine;

import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A person's task list on PostgreSQL is planned for the values asked, not by a generic plan.
 *
 * <p>With authorizations on, a task query joins the authorizations filtered by permission bits the
 * engine passes as parameters. After five runs of a prepared statement PostgreSQL may keep a
 * generic plan, which cannot see that those bits select one row per task, and joins every task
 * with every authorization: one group's count among 100 000 open tasks took 6.3 s that way and
 * 0.1 s planned for the values (BENCHMARKS.md). So the transaction of a task query or a filter,
 * asked by a logged-in person, plans its statements afresh ({@code SET LOCAL}, this transaction
 * only). Everything else keeps its cached plans: planning every statement anew cost a third of the
 * engine's throughput.
 */
class CustomPlansForTaskLists extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (isTaskList(command)) {
      CommandContext context = Context.getCommandContext();
      if (context != null && context.getAuthentication() != null && context.isAuthorizationCheckEnabled()
          && "postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
        try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
          statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
          throw new ProcessEngineException("cannot plan the task list for its values", e);
        }
      }
    }
    return next.execute(command);
  }

  private static boolean isTaskList(Command<?> command) {
    return command instanceof TaskQueryImpl || command instanceof ExecuteFilterListPageCmd
        || command instanceof ExecuteFilterListCmd || command instanceof ExecuteFilterCountCmd;
  }
}
