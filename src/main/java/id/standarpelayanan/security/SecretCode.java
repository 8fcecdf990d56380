package id.standarpelayanan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Secrets a citizen types or reads aloud (a report's access code, a survey code): Crockford's
 * base 32 (digits and letters without I, L, O, U), so that "0" and "O", "1" and "l" cannot be
 * confused, written in groups of four. Only their SHA-256 is stored: a code has at least 60
 * random bits, so a plain hash cannot be reversed by trying codes.
 */
public final class SecretCode {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretCode() {
  }

  /** A new random code of {@code length} characters (5 bits each). */
  public static String random(int length) {
    byte[] bytes = new byte[(length * 5 + 7) / 8];
    RANDOM.nextBytes(bytes);
    return encode(bytes, length);
  }

  /** The first {@code length} characters (5 bits each) of {@code bytes} in Crockford's base 32. */
  public static String encode(byte[] bytes, int length) {
    if (bytes.length * 8 < length * 5) {
      throw new IllegalArgumentException("Not enough bits for " + length + " characters");
    }
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int bit = i * 5;
      int twoBytes = (bytes[bit / 8] & 0xff) << 8 | (bit / 8 + 1 < bytes.length ? bytes[bit / 8 + 1] & 0xff : 0);
      code.append(ALPHABET[twoBytes >> (11 - bit % 8) & 0x1f]);
    }
    return code.toString();
  }

  /**
   * The code as typed by a person, reduced to its characters: dashes and spaces dropped, case
   * ignored, O read as 0 and I or L as 1. Empty when it is not a code of {@code length} characters.
   */
  public static Optional<String> normalize(String typed, int length) {
    if (typed == null || typed.length() > length * 3) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(length);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char read = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (new String(ALPHABET).indexOf(read) < 0) {
        return Optional.empty();
      }
      code.append(read);
    }
    return code.length() == length ? Optional.of(code.toString()) : Optional.empty();
  }

  /** {@code ABCDEFGHJKMN} as {@code ABCD-EFGH-JKMN}. */
  public static String grouped(String code) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, Math.min(code.length(), i + 4));
    }
    return grouped.toString();
  }

  /** SHA-256 of the text, in lower-case hex: what is stored instead of a code. */
  public static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Compares two hashes in time independent of where they differ. */
  public static boolean sameHash(String a, String b) {
    return a != null && b != null
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
