package id.standarpelayanan.api;

import org.camunda.bpm.engine.rest.dto.task.TaskDto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tasklist sets a follow-up date (and clears one) by sending the whole task back with
 * {@code PUT /task/{id}}, exactly as it read it. For a task with a Camunda Form
 * ({@code camunda:formRef}, every task here) that body holds {@code camundaFormRef}, a property
 * whose declared type in {@link TaskDto} is Camunda's interface {@code CamundaFormRef}: Jackson cannot
 * construct it and Camunda 7.24 answered {@code Cannot construct instance of
 * org.camunda.bpm.engine.form.CamundaFormRef} for every task (a known upstream defect). The property is
 * output only in fact: {@code TaskDto.updateTask} never copies it and the engine's task has no setter
 * for it (the form comes from the model). So on input it is ignored; it is still written on output.
 */
final class TaskFormRefReadOnly {

  @JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
  private interface FormRefOutputOnly {
  }

  private TaskFormRefReadOnly() {
  }

  /** {@code mapper}, reading a task without its form reference. */
  static ObjectMapper apply(ObjectMapper mapper) {
    return mapper.addMixIn(TaskDto.class, FormRefOutputOnly.class);
  }
}
