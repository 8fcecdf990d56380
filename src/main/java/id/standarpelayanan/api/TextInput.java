package id.standarpelayanan.api;

import java.util.regex.Pattern;

/**
 * Free text from outside (a citizen's report, a staff member's form): trimmed, within its length,
 * and without control characters, which have no place in a message and break exports and logs.
 * Tab, line feed and carriage return are text; every other C0/C1 control and DEL is refused.
 */
public final class TextInput {

  public static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  private TextInput() {
  }

  /** The trimmed text; refused when missing, blank, too long or holding control characters. */
  public static String required(String field, String label, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, label + " wajib diisi.");
    }
    return optional(field, label, value, maxLength);
  }

  /** The trimmed text, or "" when none was given; refused when too long or holding control characters. */
  public static String optional(String field, String label, String value, int maxLength) {
    if (value == null) {
      return "";
    }
    String text = value.strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      throw new InvalidInputException(field, label + " paling panjang " + maxLength + " karakter.");
    }
    if (CONTROL.matcher(text).find()) {
      throw new InvalidInputException(field, label + " memuat karakter kendali yang tidak diizinkan.");
    }
    return text;
  }
}
