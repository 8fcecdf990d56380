package id.standarpelayanan.api;

/** Bad input from a caller: answered 400 with the field and a message in Bahasa Indonesia. */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
