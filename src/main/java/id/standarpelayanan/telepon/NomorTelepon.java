package id.standarpelayanan.telepon;

import java.util.Optional;
import java.util.regex.Pattern;

import id.standarpelayanan.api.InvalidInputException;

/**
 * Indonesian telephone numbers as callers and telephony systems write them: {@code 061-8453744},
 * {@code (061) 8453626}, {@code 0821 1755 1106}, {@code +62 821-1755-1106}. Stored in one
 * national form, digits only with a leading 0.
 */
public final class NomorTelepon {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
  /** 0 + area/operator code and subscriber: 9 to 13 digits in all (E.164 allows 15 with 62). */
  private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{7,11}");

  public static final String FORMAT_HINT =
      "gunakan angka dengan awalan 0, 62 atau +62, misalnya 061-8453744 atau 0821-1755-1106";

  private NomorTelepon() {
  }

  /**
   * The number in national form.
   *
   * @throws InvalidInputException naming {@code field} when the number is missing or not valid
   */
  public static String require(String field, String label, Object raw) {
    if (raw == null || raw.toString().isBlank()) {
      throw new InvalidInputException(field, label + " wajib diisi.");
    }
    return normalize(raw.toString()).orElseThrow(() ->
        new InvalidInputException(field, label + " tidak sah: " + FORMAT_HINT + "."));
  }

  /** The number in national form, or empty when it is not a valid Indonesian number. */
  public static Optional<String> normalize(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
    if (digits.startsWith("+62")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("62")) {
      digits = "0" + digits.substring(2);
    }
    return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }
}
