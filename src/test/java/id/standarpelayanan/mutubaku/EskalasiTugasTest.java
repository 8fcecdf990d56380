package id.standarpelayanan.mutubaku;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

class EskalasiTugasTest {

  @Test
  void offersTheOpenLateTaskAlsoToTheSupervisingGroup() {
    DelegateExecution execution = mock(DelegateExecution.class);
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    TaskService tasks = mock(TaskService.class);
    TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
    Task task = mock(Task.class);
    when(execution.getVariableLocal("tugasTerlambat")).thenReturn("berikanJawaban");
    when(execution.getVariableLocal("kelompokEskalasi")).thenReturn("kepalaKantor");
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getProcessEngineServices()).thenReturn(services);
    when(services.getTaskService()).thenReturn(tasks);
    when(tasks.createTaskQuery()).thenReturn(query);
    when(query.list()).thenReturn(List.of(task));
    when(task.getId()).thenReturn("task-1");

    new EskalasiTugas().execute(execution);

    verify(query).processInstanceId("pi-1");
    verify(query).taskDefinitionKey("berikanJawaban");
    verify(tasks).addCandidateGroup("task-1", "kepalaKantor");
  }
}
