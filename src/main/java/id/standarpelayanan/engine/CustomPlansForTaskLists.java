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
 *
 * <p>The same transaction lets a statement use one parallel worker beside its own process, not
 * two: the first page reads a few hundred index entries and the count a few thousand, and
 * starting a second worker cost more than it saved (first page 4.7 against 3.5 ms, count the same).
 */
class CustomPlansForTaskLists extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (isTaskList(command)) {
      CommandContext context = Context.getCommandContext();
      if (context != null && context.getAuthentication() != null && context.isAuthorizationCheckEnabled()
          && "postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
        try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
          statement.execute("SET LOCAL plan_cache_mode = force_custom_plan; "
              + "SET LOCAL max_parallel_workers_per_gather = 1");
        } catch (SQLException e) {
          throw new ProcessEngineException("cannot plan the task list for its values", e);
        }
      }
    }
    return next.execute(command);
  }

  static boolean isTaskList(Command<?> command) {
    return command instanceof TaskQueryImpl || command instanceof ExecuteFilterListPageCmd
        || command instanceof ExecuteFilterListCmd || command instanceof ExecuteFilterCountCmd;
  }
}
