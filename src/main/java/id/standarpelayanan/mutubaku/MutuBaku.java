package id.standarpelayanan.mutubaku;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import id.standarpelayanan.Application;

/** Names shared by every model that uses the mutu baku mechanism. */
public final class MutuBaku {

  /** Extension property ({@code camunda:property name="mutuBaku" value="true"}) on a boundary timer. */
  public static final String PROPERTY = "mutuBaku";

  /**
   * Extension property on a mutu baku timer: a task finished after its due date needs a reason
   * ({@link #LATE_REASON}), as Peringatan 2 of POS H2/POS/CT.7/2023 demands.
   */
  public static final String LATE_REASON_REQUIRED = "wajibAlasanKeterlambatan";

  /**
   * Extension property on a mutu baku timer naming the group one level up: a breach also offers
   * the late step to it (pengawasan berjenjang), while the step stays open for its own group.
   */
  public static final String ESCALATE_TO = "eskalasiKe";

  /** The variable that carries the reason; kept task-local, so history has it per step. */
  public static final String LATE_REASON = "alasanKeterlambatan";

  /**
   * Task-local {@code true} once a step that requires a late reason has passed its mutu baku (set
   * when the timer fires): its form then shows {@link #LATE_REASON} as a required field.
   */
  public static final String LATE = "terlambat";

  public static final ZoneId WIB = ZoneId.of(Application.TIME_ZONE);

  private MutuBaku() {
  }

  /** The engine clock's now in WIB (tests move the engine clock, so never the system clock). */
  public static OffsetDateTime now() {
    return toJakarta(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
  }

  static OffsetDateTime toJakarta(Date date) {
    return date.toInstant().atZone(WIB).toOffsetDateTime();
  }
}
