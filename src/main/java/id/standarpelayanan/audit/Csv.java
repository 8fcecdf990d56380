package id.standarpelayanan.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** RFC 4180 fields, written straight into a line: the export's inner loop, kept allocation-free. */
final class Csv {

  private static final String FORMULA_START = "=+-@\t\r";

  private Csv() {
  }

  /**
   * Quoted when it holds a comma, a quote or a line break (quotes doubled); empty for null. A
   * value a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
   * return: a business key such as {@code =HYPERLINK(...)}) is written after an apostrophe, which
   * makes Excel and LibreOffice show it as text.
   */
  static StringBuilder text(StringBuilder line, String value) {
    if (value == null) {
      return line;
    }
    boolean formula = !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0;
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return formula ? line.append('\'').append(value) : line.append(value);
    }
    line.append('"');
    if (formula) {
      line.append('\'');
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      line.append(c);
      if (c == '"') {
        line.append('"');
      }
    }
    return line.append('"');
  }

  static StringBuilder number(StringBuilder line, Long value) {
    return value == null ? line : line.append(value.longValue());
  }

  /** ISO 8601 with offset, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it. */
  static StringBuilder time(StringBuilder line, OffsetDateTime time) {
    if (time == null) {
      return line;
    }
    if (time.getYear() < 1000 || time.getYear() > 9999 || time.getOffset().getTotalSeconds() % 60 != 0) {
      return line.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
    }
    line.append(time.getYear()).append('-');
    two(line, time.getMonthValue()).append('-');
    two(line, time.getDayOfMonth()).append('T');
    two(line, time.getHour()).append(':');
    two(line, time.getMinute()).append(':');
    two(line, time.getSecond());
    int nano = time.getNano();
    if (nano != 0) {
      String digits = Integer.toString(1_000_000_000 + nano).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      line.append('.').append(digits, 0, end);
    }
    int offset = time.getOffset().getTotalSeconds();
    if (offset == 0) {
      return line.append('Z');
    }
    line.append(offset < 0 ? '-' : '+');
    two(line, Math.abs(offset) / 3600).append(':');
    return two(line, Math.abs(offset) / 60 % 60);
  }

  private static StringBuilder two(StringBuilder line, int value) {
    return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
