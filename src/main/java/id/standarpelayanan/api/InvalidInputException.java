package id.standarpelayanan.api;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Bad input, answered 400 with the field and a message in Bahasa Indonesia: by the application's
 * own endpoints ({@link ApiErrors}) and, when a listener inside the engine refuses input (a start
 * without a valid number, a late step without a reason), by {@code /engine-rest} too
 * ({@link EngineRestErrors}). It is an engine exception so that listeners may throw it as is.
 */
public class InvalidInputException extends ProcessEngineException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
