package id.standarpelayanan.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.standarpelayanan.engine.PostCommandInterceptors;
import id.standarpelayanan.engine.ThreadScope;
import id.standarpelayanan.forms.FormRules;
import id.standarpelayanan.forms.TaskForms;

/**
 * What the public sees of a process (a report's text, its status, the published answer) changes
 * only through the process's own steps, never by a direct variable write: staff reach
 * {@code /engine-rest} and could otherwise {@code PUT} any variable of a task they may work.
 *
 * <p>Every write of a protected variable is checked inside the engine, whatever API it came
 * through (a variable endpoint, a message, a modification, a batch): the engine reports each
 * write as a history event, and this plugin's handler refuses the command unless the write is
 * <ul>
 * <li>the application's own (the intake, the reporter's response: {@link #asApplication}),</li>
 * <li>part of completing a task, where the interceptor has checked before the command ran that each
 * protected variable submitted is an editable field of the task's Camunda Form (a read-only field
 * may only be sent back unchanged, as Tasklist does); the model's own listeners then run,</li>
 * <li>part of executing a timer or an asynchronous continuation of the model.</li>
 * </ul>
 * A refusal is an {@link AuthorizationException}: {@code 403} on {@code /engine-rest}, nothing stored.
 *
 * <p>Camunda internals this relies on, each guarded by {@code VariableWriteGuardTest}: the fields
 * {@code taskId} and {@code variables} of {@link CompleteTaskCmd} and {@code taskId} and
 * {@code properties} of {@link SubmitTaskFormCmd} (read by reflection; if an upgrade renames them the
 * start log says so and every protected variable submitted with a completion is refused), the
 * current job of the command context, and a history level that reports variable updates (checked
 * at start).
 */
public class VariableWriteGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(VariableWriteGuard.class);

  /** The business key the application is writing for, while it does. */
  private static final ThreadScope<String> APPLICATION = new ThreadScope<>();
  /** The outermost command of this thread, while it runs. */
  private static final ThreadLocal<Command<?>> OUTERMOST = new ThreadLocal<>();

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

  private final Map<String, Set<String>> protectedVariables;

  /** @param protectedVariables per process definition key, the names of its public-facing variables */
  public VariableWriteGuard(Map<String, Set<String>> protectedVariables) {
    this.protectedVariables = Map.copyOf(protectedVariables);
  }

  /** Runs the application's own write of what the public sees for report {@code businessKey}. */
  public static <T> T asApplication(String businessKey, Supplier<T> work) {
    return APPLICATION.with(businessKey, work);
  }

  /** Whether the application itself is writing for {@code businessKey} on this thread. */
  public static boolean isApplicationWriting(String businessKey) {
    return businessKey != null && businessKey.equals(APPLICATION.get());
  }

  /** Whether a refused field of Camunda's commands left the submission check without its values. */
  static boolean submissionsReadable() {
    return COMPLETE_TASK_ID != null && COMPLETE_VARIABLES != null && SUBMIT_TASK_ID != null
        && SUBMIT_VARIABLES != null;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!submissionsReadable()) {
      LOG.error("Camunda's CompleteTaskCmd/SubmitTaskFormCmd no longer have the fields this guard reads "
          + "(after an upgrade?): every protected variable submitted with a task completion is refused until "
          + "security.VariableWriteGuard is adapted");
    }
    PostCommandInterceptors.add(configuration, OutermostCommand::new);

    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new WriteCheck());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel level = configuration.getHistoryLevel();
    if (level != null && !level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null)) {
      throw new IllegalStateException("History level '" + level.getName() + "' does not report variable updates: "
          + "the public-facing variables of " + protectedVariables.keySet() + " could be changed unchecked. "
          + "Use history level 'full' or 'audit'.");
    }
  }

  private boolean isProtected(String processDefinitionKey, String variableName) {
    Set<String> names = processDefinitionKey == null ? null : protectedVariables.get(processDefinitionKey);
    return names != null && names.contains(variableName);
  }

  /** Remembers the outermost command and checks a task completion's protected values before it runs. */
  private final class OutermostCommand extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (OUTERMOST.get() != null) {
        return next.execute(command);
      }
      OUTERMOST.set(command);
      try {
        if (APPLICATION.get() == null) {
          if (command instanceof CompleteTaskCmd) {
            checkSubmission(read(COMPLETE_TASK_ID, command), read(COMPLETE_VARIABLES, command));
          } else if (command instanceof SubmitTaskFormCmd) {
            checkSubmission(read(SUBMIT_TASK_ID, command), read(SUBMIT_VARIABLES, command));
          }
        }
        return next.execute(command);
      } finally {
        OUTERMOST.remove();
      }
    }

    private void checkSubmission(Object taskId, Object submitted) {
      if (!(submitted instanceof Map<?, ?> variables) || variables.isEmpty()) {
        return;
      }
      TaskEntity task = taskId instanceof String id ? Context.getCommandContext().getTaskManager().findTaskById(id) : null;
      if (task == null || task.getProcessDefinitionId() == null) {
        return; // Camunda answers the unknown task itself
      }
      String processKey = task.getProcessDefinition().getKey();
      for (Map.Entry<?, ?> entry : variables.entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (!isProtected(processKey, name)) {
          continue;
        }
        FormRules.Field field = TaskForms.field(task, name).orElseThrow(() -> refused(name));
        if (field.readonly() && !Objects.equals(plain(entry.getValue()), task.getExecution().getVariable(name))) {
          throw refused(name);
        }
      }
    }
  }

  /** Refuses a write of a protected variable that is neither the application's nor a step's. */
  private final class WriteCheck implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity update
          && isProtected(update.getProcessDefinitionKey(), update.getVariableName()) && !allowed()) {
        throw refused(update.getVariableName());
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private boolean allowed() {
      if (APPLICATION.get() != null) {
        return true;
      }
      Command<?> outermost = OUTERMOST.get();
      if (outermost instanceof CompleteTaskCmd || outermost instanceof SubmitTaskFormCmd) {
        // its submitted values were checked before it ran; what follows is the model's
        return submissionsReadable();
      }
      if (outermost instanceof ExecuteJobsCmd) {
        JobEntity job = Context.getCommandContext().getCurrentJob();
        return job instanceof TimerEntity || job != null && (AsyncContinuationJobHandler.TYPE.equals(job.getJobHandlerType())
            || ProcessEventJobHandler.TYPE.equals(job.getJobHandlerType()));
      }
      return false;
    }
  }

  static AuthorizationException refused(String variable) {
    return new AuthorizationException("Variabel '" + variable + "' dilihat oleh masyarakat dan hanya dapat diubah "
        + "melalui langkah proses (formulir tugasnya), bukan diubah langsung.");
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field == null ? null : field.get(command);
    } catch (IllegalAccessException e) {
      return null;
    }
  }
}
