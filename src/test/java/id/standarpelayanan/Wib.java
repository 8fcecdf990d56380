package id.standarpelayanan;

import java.time.LocalDateTime;
import java.util.Date;

import id.standarpelayanan.mutubaku.MutuBaku;

/** Dates for the engine clock, written as WIB wall-clock time: {@code Wib.at("2026-11-20T14:00")}. */
public final class Wib {

  private Wib() {
  }

  public static Date at(String localDateTime) {
    return at(LocalDateTime.parse(localDateTime));
  }

  public static Date at(LocalDateTime localDateTime) {
    return Date.from(localDateTime.atZone(MutuBaku.WIB).toInstant());
  }
}
