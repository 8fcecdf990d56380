package id.standarpelayanan.penelepon;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.standarpelayanan.engine.PostCommandInterceptors;

/**
 * Keeps a caller's identity ({@link IdentitasPenelepon#DATA_PRIBADI}) out of the engine's tables,
 * whatever API wrote it (the telephone system's call, a Tasklist form, {@code /engine-rest}):
 * <ul>
 * <li><b>history</b>: the engine's own database history handler is replaced by one that writes
 * every event except those of an identity variable (its create/update events: instance and detail
 * rows; a submitted form's field of that name); the value of each such write goes to
 * {@link IdentitasPenelepon}, in the same transaction, at the moment it is written;</li>
 * <li><b>runtime</b>: when a command ends, before the engine flushes, every identity variable it
 * created is dropped from the engine's entity cache, so {@code ACT_RU_VARIABLE} never holds one.
 * The steps of the same command (the forms' validation listeners) still see the values; later
 * steps read them from {@link IdentitasPenelepon}.</li>
 * </ul>
 *
 * <p>Camunda internals this relies on, each guarded by {@code DataPribadiPeneleponTest}: the
 * engine configuration's {@code enableDefaultDbHistoryEventHandler} switch (this plugin turns it
 * off and adds a {@link DbHistoryEventHandler} of its own in front of the custom handlers), the
 * command context's {@link DbEntityManager} cache ({@code getCachedEntitiesByType}, {@code delete}
 * of a new entity cancels its insert), and a history level that reports variable updates
 * (checked at start).
 */
@Component
public class DataPribadiPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DataPribadiPlugin.class);

  /** The command context this thread's outermost interceptor call is responsible for. */
  private static final ThreadLocal<CommandContext> OWNER = new ThreadLocal<>();

  private final IdentitasPenelepon identitas;

  public DataPribadiPlugin(IdentitasPenelepon identitas) {
    this.identitas = identitas;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutIdentity());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);

    PostCommandInterceptors.add(configuration, DropRuntimeIdentity::new);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() != null
        && !configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null)) {
      throw new IllegalStateException("History level '" + configuration.getHistoryLevel().getName()
          + "' does not report variable writes: a caller's identity would be lost. Use 'full' or 'audit'.");
    }
    LOG.info("Identitas penelepon ({}) disimpan di tabel identitas_penelepon, tidak di variabel dan riwayat engine",
        IdentitasPenelepon.DATA_PRIBADI);
  }

  /** The engine's database history, minus the caller's identity, whose values go to the table. */
  private final class WithoutIdentity extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity update
          && IdentitasPenelepon.isPribadi(update.getProcessDefinitionKey(), update.getVariableName())) {
        if (!HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(update.getEventType())
            && update.getProcessInstanceId() != null) {
          identitas.simpan(update.getProcessInstanceId(), update.getProcessDefinitionKey(), update.getVariableName(),
              text(update));
        }
        return;
      }
      if (event instanceof HistoricFormPropertyEventEntity property
          && IdentitasPenelepon.isPribadi(property.getProcessDefinitionKey(), property.getPropertyId())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  private static String text(HistoricVariableUpdateEventEntity update) {
    if (update.getTextValue() != null) {
      return update.getTextValue();
    }
    if (update.getLongValue() != null) {
      return update.getLongValue().toString();
    }
    return update.getDoubleValue() == null ? null : update.getDoubleValue().toString();
  }

  /** Drops the identity variables a command created or changed before its context is flushed. */
  private static final class DropRuntimeIdentity extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context == null || OWNER.get() == context) {
        return next.execute(command); // a command inside a command: the outer one drops
      }
      CommandContext previous = OWNER.get();
      OWNER.set(context);
      try {
        T result = next.execute(command);
        drop(context);
        return result;
      } finally {
        if (previous == null) {
          OWNER.remove();
        } else {
          OWNER.set(previous);
        }
      }
    }

    private static void drop(CommandContext context) {
      DbEntityManager entities = context.getDbEntityManager();
      DeploymentCache definitions = context.getProcessEngineConfiguration().getDeploymentCache();
      for (VariableInstanceEntity variable : entities.getCachedEntitiesByType(VariableInstanceEntity.class)) {
        if (variable.getProcessDefinitionId() == null || entities.isDeleted(variable)) {
          continue;
        }
        ProcessDefinitionEntity definition = definitions.findDeployedProcessDefinitionById(variable.getProcessDefinitionId());
        if (definition != null && IdentitasPenelepon.isPribadi(definition.getKey(), variable.getName())) {
          entities.delete(variable);
        }
      }
    }
  }
}
