package id.standarpelayanan.mutubaku;

import java.time.ZonedDateTime;
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
    Matcher workingDays = WORKING_DAYS.matcher(duedate.strip());
    if (!workingDays.matches()) {
      return iso.resolveDuedate(duedate, startDate);
    }
    Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    ZonedDateTime due = kalender.addWorkingDays(start.toInstant().atZone(MutuBaku.WIB),
        Integer.parseInt(workingDays.group(1)));
    return Date.from(due.toInstant());
  }
}
