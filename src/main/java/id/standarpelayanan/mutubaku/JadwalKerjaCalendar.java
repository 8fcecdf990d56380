package id.standarpelayanan.mutubaku;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's calendar for repeating timers. Cron and ISO repetitions keep their meaning; a
 * schedule on working days is written as an office says it, {@code hari kerja pertama setiap
 * triwulan 08:00}: the first working day (per {@link KalenderKerja}) of January, April, July and
 * October, at that clock time in WIB.
 */
public class JadwalKerjaCalendar extends CycleBusinessCalendar {

  static final Pattern FIRST_WORKING_DAY_OF_QUARTER =
      Pattern.compile("hari kerja pertama setiap triwulan (\\d{1,2}):(\\d{2})", Pattern.CASE_INSENSITIVE);

  private final KalenderKerja kalender;

  public JadwalKerjaCalendar(KalenderKerja kalender) {
    this.kalender = kalender;
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    return resolveDuedate(description, startDate, 0L);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate, long repeatOffset) {
    Matcher quarterly = FIRST_WORKING_DAY_OF_QUARTER.matcher(description.strip());
    if (!quarterly.matches()) {
      return super.resolveDuedate(description, startDate, repeatOffset);
    }
    LocalTime at = LocalTime.of(Integer.parseInt(quarterly.group(1)), Integer.parseInt(quarterly.group(2)));
    Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    return Date.from(nextFirstWorkingDayOfQuarter(from.toInstant().atZone(MutuBaku.WIB), at).toInstant());
  }

  ZonedDateTime nextFirstWorkingDayOfQuarter(ZonedDateTime now, LocalTime at) {
    LocalDate quarterStart = now.toLocalDate().withDayOfMonth(1)
        .withMonth(((now.getMonthValue() - 1) / 3) * 3 + 1);
    for (int quarter = 0; quarter < 3; quarter++) {
      LocalDate day = quarterStart.plusMonths(3L * quarter);
      while (!kalender.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      ZonedDateTime candidate = day.atTime(at).atZone(MutuBaku.WIB);
      if (candidate.isAfter(now)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no quarter start after " + now);
  }
}
