package id.standarpelayanan.mutubaku;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's calendar for timer durations. ISO-8601 durations ({@code PT60M}) keep their
 * meaning; a mutu baku in working days is written as the standards write it, {@code 3 hari kerja},
 * so the diagram stays readable and the timer, the task's due date and the audit figure all come
 * from the {@link KalenderKerja}.
 */
public class HariKerjaCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("(\\d+)\\s+hari\\s+kerja", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN_DURATION = Pattern.compile(
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  private final KalenderKerja kalender;
  private final DurationBusinessCalendar iso = new DurationBusinessCalendar();

  public HariKerjaCalendar(KalenderKerja kalender) {
    this.kalender = kalender;
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return resolveDuedate(duedate, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    return resolveDuedate(duedate);
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    String text = duedate.strip();
    Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    Matcher workingDays = WORKING_DAYS.matcher(text);
    if (workingDays.matches()) {
      ZonedDateTime due = kalender.addWorkingDays(start.toInstant().atZone(MutuBaku.WIB),
          Integer.parseInt(workingDays.group(1)));
      return Date.from(due.toInstant());
    }
    Date plain = plainDuration(text, start);
    return plain != null ? plain : iso.resolveDuedate(duedate, startDate);
  }

  /**
   * A plain ISO-8601 duration ({@code PT60M}, {@code P3D}, {@code P1MT2H}) added with java.time in
   * WIB; null for anything else (repetitions, intervals with dates, negative durations), which
   * Camunda's own calendar resolves. Camunda's reads each duration through a JAXP factory looked up
   * on the class path every time: a few percent of the engine's work per step (BENCHMARKS.md, target 1).
   */
  static Date plainDuration(String text, Date start) {
    if (!PLAIN_DURATION.matcher(text).matches()) {
      return null;
    }
    int time = text.indexOf('T');
    try {
      ZonedDateTime due = start.toInstant().atZone(MutuBaku.WIB);
      String date = time < 0 ? text : text.substring(0, time);
      if (date.length() > 1) {
        // field by field, as Camunda's calendar adds them: 29 Feb + 1 year is 28 Feb, then the months
        Period period = Period.parse(date);
        due = due.plusYears(period.getYears()).plusMonths(period.getMonths()).plusDays(period.getDays());
      }
      if (time >= 0) {
        due = due.plus(Duration.parse("P" + text.substring(time)));
      }
      return Date.from(due.toInstant());
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }
}
