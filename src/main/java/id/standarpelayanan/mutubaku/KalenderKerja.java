package id.standarpelayanan.mutubaku;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The working days of an Indonesian government office: Monday to Friday in WIB, without the
 * national holidays and cuti bersama of the three ministers' decree (SKB) of each year, shipped in
 * {@code kalender/hari-libur.csv}, and without the office's own closed days, configured as
 * {@code standar-pelayanan.kalender.hari-tutup=2026-11-26,2026-12-31} (no rebuild needed).
 */
@Component
public class KalenderKerja {

  static final String DATA = "kalender/hari-libur.csv";
  private static final Logger LOG = LoggerFactory.getLogger(KalenderKerja.class);

  private final Map<LocalDate, String> closed = new HashMap<>();
  private final Set<Integer> yearsWithDecree = new TreeSet<>();
  private final Set<Integer> warnedYears = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public KalenderKerja(@Value("${standar-pelayanan.kalender.hari-tutup:}") String officeClosedDays) {
    readDecrees();
    for (String day : officeClosedDays.split(",")) {
      if (!day.isBlank()) {
        closed.put(parse(day.strip(), "standar-pelayanan.kalender.hari-tutup"), "Hari tutup kantor");
      }
    }
    LOG.info("Work calendar: holidays and cuti bersama for {}; {} closed days in all",
        yearsWithDecree, closed.size());
  }

  private void readDecrees() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new ClassPathResource(DATA).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split(",", 4);
        LocalDate date = parse(columns[0], DATA);
        closed.put(date, columns[2]);
        yearsWithDecree.add(date.getYear());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DATA, e);
    }
  }

  private static LocalDate parse(String day, String source) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + day + "' in " + source + " is not a date (yyyy-MM-dd)", e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    warnWithoutDecree(day.getYear());
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !closed.containsKey(day);
  }

  /** Why the office is closed that day, or null on a working day. */
  public String closedBecause(LocalDate day) {
    if (closed.containsKey(day)) {
      return closed.get(day);
    }
    return isWorkingDay(day) ? null : "Akhir pekan";
  }

  /**
   * The moment {@code days} working days after {@code start}, at the same clock time in WIB: each
   * day counted is a working day, so a deadline never lands on a closed day.
   */
  public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
    ZonedDateTime moment = start.withZoneSameInstant(MutuBaku.WIB);
    for (int counted = 0; counted < days; ) {
      moment = moment.plusDays(1);
      if (isWorkingDay(moment.toLocalDate())) {
        counted++;
      }
    }
    return moment;
  }

  public Set<Integer> yearsWithDecree() {
    return Set.copyOf(yearsWithDecree);
  }

  private void warnWithoutDecree(int year) {
    if (!yearsWithDecree.contains(year) && warnedYears.add(year)) {
      LOG.warn("No SKB holidays for {} in {}: counting only weekends and configured closed days. "
          + "Add the year's decree to keep working-day deadlines right.", year, DATA);
    }
  }

  @Override
  public String toString() {
    return "KalenderKerja" + Arrays.toString(yearsWithDecree.toArray()) + " " + closed.keySet().stream()
        .sorted().map(LocalDate::toString).collect(Collectors.joining(","));
  }
}
