package id.standarpelayanan.api;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input that a task listener refuses when a task is completed: the caller's to fix, so
 * {@code /engine-rest} answers it 400 (see {@link EngineRestErrors}) with the field and message.
 */
public class TaskInputException extends ProcessEngineException {

  private final String field;

  public TaskInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
