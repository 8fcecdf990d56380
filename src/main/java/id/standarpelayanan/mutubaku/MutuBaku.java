package id.standarpelayanan.mutubaku;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import id.standarpelayanan.Application;

/** Names shared by every model that uses the mutu baku mechanism. */
public final class MutuBaku {

  /** Extension property ({@code camunda:property name="mutuBaku" value="true"}) on a boundary timer. */
  public static final String PROPERTY = "mutuBaku";

  public static final ZoneId WIB = ZoneId.of(Application.TIME_ZONE);

  private MutuBaku() {
  }

  static OffsetDateTime toJakarta(Date date) {
    return date.toInstant().atZone(WIB).toOffsetDateTime();
  }
}
