package id.standarpelayanan.informasi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.standarpelayanan.engine.PostCommandInterceptors;
import id.standarpelayanan.engine.ThreadScope;

/**
 * Peringatan 1 of POS H2/POS/CT.7/2023 (seed 003): "jika pelaksana dalam keadaan berhalangan, maka
 * dialihkan ke pelaksana lain dengan surat penugasan". A task of such a process changes hands between
 * officers only with an assignment letter, through {@code POST /api/tugas/{id}/penugasan}
 * ({@link PenugasanController}), which keeps the letter; the plain assignee of Tasklist and of the REST
 * APIs cannot bypass it.
 *
 * <p><b>Which processes.</b> Only POS 003 makes the letter a rule; the other four standards say
 * nothing about handing work over, and in the call centre a colleague takes a ringing call at once.
 * So the rule holds for {@code layananInformasiTelepon} (seed 003) by default; an office whose own
 * rules ask a letter elsewhere lists those processes in {@code standar-pelayanan.penugasan.proses}
 * (comma-separated process keys). The endpoint itself works for any task.
 *
 * <p><b>The rule</b>, checked inside the engine on every change of a task's assignee (a task listener
 * on {@code assignment}, added to every user task of those processes at parse time), so every API
 * path is covered: {@code /engine-rest} and Tasklist's engine API ({@code POST …/assignee},
 * {@code …/claim}, {@code …/unclaim}, {@code …/delegate}, {@code PUT …/task/{id}}, identity links of
 * type {@code assignee}) and the Java API alike. When the command a <em>person</em> issued is one of
 * the task service's assignment commands, the change is allowed only
 * <ul>
 * <li>from nobody or the person, to nobody or the person: claiming a free task for oneself, giving
 * up one's own task. A task held by a colleague, or a task for a colleague, is a hand-over and needs
 * the letter (taking an absent officer's task for oneself included);</li>
 * <li>for an administrator ({@code camunda-admin}, Camunda's own notion of admin);</li>
 * <li>for the application's own hand-over ({@link #withAssignmentLetter}, the endpoint).</li>
 * </ul>
 * Everything the model does stays allowed: assignees given at creation, escalations and delegates
 * (their outermost command is a start, a completion, a job, a message), and engine calls without
 * an authenticated person. A refusal is an {@link AuthorizationException} with a message in Bahasa
 * Indonesia: {@code 403} on both REST APIs ({@code api.EngineRestErrors} finds it inside Camunda's
 * wrapping of a listener's exception), nothing changed.
 *
 * <p>Camunda internals this relies on, each guarded by {@code PenugasanGuardTest} (one test per API
 * path): the command classes above as the ones a person's assignment goes through
 * ({@link AbstractSetTaskPropertyCmd} with {@code AssignTaskCmd} and {@code AddUserIdentityLinkCmd},
 * {@link ClaimTaskCmd}, {@link DelegateTaskCmd}, {@link SaveTaskCmd}, {@link DeleteIdentityLinkCmd});
 * the previous assignee in {@link TaskEntity#getPropertyChanges()} while the assignment event fires;
 * {@link UserTaskActivityBehavior#getTaskDefinition()} to add the listener. If an upgrade routes an
 * assignment through another command, the test of that path fails.
 */
@Component
public class PenugasanGuard extends AbstractProcessEnginePlugin {

  /** The processes of seed 003, whose Peringatan 1 asks the letter. */
  public static final String DEFAULT_PROCESSES = LayananInformasiTelepon.PROCESS_KEY;

  /** The task the application is handing over with a letter, while it does. */
  private static final ThreadScope<String> WITH_LETTER = new ThreadScope<>();
  /** The outermost command of this thread, while it runs. */
  private static final ThreadLocal<Command<?>> OUTERMOST = new ThreadLocal<>();

  private final Set<String> processKeys;

  public PenugasanGuard(@Value("${standar-pelayanan.penugasan.proses:" + DEFAULT_PROCESSES + "}") String[] processKeys) {
    this.processKeys = Arrays.stream(processKeys).map(String::trim).filter(key -> !key.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The process keys whose tasks change hands only with a letter. */
  public Set<String> processKeys() {
    return processKeys;
  }

  /** Runs the application's own hand-over of {@code taskId}, on the authority of a checked letter. */
  public static <T> T withAssignmentLetter(String taskId, Supplier<T> work) {
    return WITH_LETTER.with(taskId, work);
  }

  static String refusal(String taskId) {
    return "Tugas hanya dapat dialihkan kepada petugas lain dengan surat penugasan: gunakan Alihkan dengan "
        + "surat penugasan (POST /api/tugas/" + taskId + "/penugasan dengan pelaksanaBaru dan "
        + "nomorSuratPenugasan). Tanpa surat, Anda hanya dapat mengklaim tugas yang belum dipegang siapa pun "
        + "untuk diri sendiri atau melepas tugas Anda sendiri.";
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, OutermostCommand::new);

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            && processKeys.contains(definition.getKey())) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, new AssignmentCheck());
        }
      }
    });
  }

  /** Whether a person's command is one through which the task service assigns a task. */
  static boolean isAssignmentCommand(Command<?> command) {
    return command instanceof AbstractSetTaskPropertyCmd || command instanceof ClaimTaskCmd
        || command instanceof DelegateTaskCmd || command instanceof SaveTaskCmd
        || command instanceof DeleteIdentityLinkCmd;
  }

  /** Remembers the outermost command of the thread. */
  private static final class OutermostCommand extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (OUTERMOST.get() != null) {
        return next.execute(command);
      }
      OUTERMOST.set(command);
      try {
        return next.execute(command);
      } finally {
        OUTERMOST.remove();
      }
    }
  }

  /** Refuses a person's hand-over without a letter. */
  static final class AssignmentCheck implements TaskListener {

    @Override
    public void notify(DelegateTask delegateTask) {
      if (!(delegateTask instanceof TaskEntity task) || task.getId().equals(WITH_LETTER.get())
          || !isAssignmentCommand(OUTERMOST.get())) {
        return;
      }
      CommandContext context = Context.getCommandContext();
      Authentication person = context == null ? null : context.getAuthentication();
      if (person == null || person.getUserId() == null
          || context.getAuthorizationManager().isCamundaAdmin(person)) {
        return;
      }
      PropertyChange change = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
      if (change == null) {
        return;
      }
      String me = person.getUserId();
      if (isNobodyOr(me, change.getOrgValueString()) && isNobodyOr(me, change.getNewValueString())) {
        return;
      }
      throw new AuthorizationException(refusal(task.getId()));
    }

    private static boolean isNobodyOr(String me, String assignee) {
      return assignee == null || assignee.equals(me);
    }
  }
}
