package id.standarpelayanan.security;

import java.security.SecureRandom;

/** Strong random passwords for first-start accounts. */
public final class Passwords {

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "-_.!@#%";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
  private static final SecureRandom RANDOM = new SecureRandom();

  static final int LENGTH = 24;

  private Passwords() {
  }

  /**
   * 24 characters (about 150 bits) with at least one upper case letter, lower case letter, digit
   * and symbol, so it also passes Camunda's password policy when that is switched on.
   */
  public static String generate() {
    char[] password = new char[LENGTH];
    password[0] = pick(UPPER);
    password[1] = pick(LOWER);
    password[2] = pick(DIGITS);
    password[3] = pick(SYMBOLS);
    for (int i = 4; i < LENGTH; i++) {
      password[i] = pick(ALL);
    }
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return new String(password);
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }
}
