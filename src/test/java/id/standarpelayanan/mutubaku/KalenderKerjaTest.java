package id.standarpelayanan.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "3 hari kerja" on real dates of the 2025 and 2026 decrees. */
class KalenderKerjaTest {

  private final KalenderKerja kalender = new KalenderKerja("");

  private static ZonedDateTime wib(String dateTime) {
    return java.time.LocalDateTime.parse(dateTime).atZone(MutuBaku.WIB);
  }

  @ParameterizedTest(name = "{0}: {1} + {2} hari kerja = {3}")
  @CsvSource({
      // a report on a Friday: Monday, Tuesday, Wednesday
      "Jumat,                         2026-11-20T14:00, 3, 2026-11-25T14:00",
      // before the long weekend of Kenaikan Yesus Kristus (Thu 14 May holiday, Fri 15 May cuti bersama)
      "sebelum akhir pekan panjang,   2026-05-12T10:00, 3, 2026-05-19T10:00",
      // across 17 August 2026 (Monday)
      "melewati 17 Agustus 2026,      2026-08-14T09:30, 3, 2026-08-20T09:30",
      // across 17 August 2025 (Sunday) and the added cuti bersama of Monday 18 August 2025
      "melewati 17-18 Agustus 2025,   2025-08-15T10:00, 3, 2025-08-21T10:00",
      // across 24 (cuti bersama) and 25 December 2026
      "melewati 25 Desember 2026,     2026-12-23T15:00, 3, 2026-12-30T15:00",
      // across the year's turn: 1 January 2026 is a holiday
      "melewati pergantian tahun,     2025-12-30T08:00, 3, 2026-01-05T08:00",
      // Idulfitri 1447 H: 20 to 24 March 2026 closed
      "melewati Idulfitri 2026,       2026-03-19T11:00, 2, 2026-03-26T11:00",
      // 10 hari kerja of step 11
      "sepuluh hari kerja,            2026-11-24T13:00, 10, 2026-12-08T13:00",
      // into 2027 (SKB 1205/2026): 1 January and Isra Mikraj on Tuesday 5 January closed
      "melewati pergantian tahun 2027, 2026-12-30T08:00, 3, 2027-01-06T08:00",
      // Nyepi (8 Mar) and Idulfitri 1448 H (10-11 Mar) with cuti bersama 9, 12 and 15 March 2027
      "melewati Idulfitri 2027,       2027-03-05T10:00, 3, 2027-03-18T10:00"})
  void workingDaysSkipWeekendsHolidaysAndCutiBersama(String kasus, String start, int days, String due) {
    assertThat(kalender.addWorkingDays(wib(start), days)).isEqualTo(wib(due));
  }

  @Test
  void aReportOnASaturdayCountsFromTheNextWorkingDays() {
    assertThat(kalender.addWorkingDays(wib("2026-11-21T20:00"), 3)).isEqualTo(wib("2026-11-25T20:00"));
  }

  @Test
  void holidaysAndCutiBersamaAreClosedDaysWithTheirReason() {
    assertThat(kalender.isWorkingDay(LocalDate.parse("2026-08-17"))).isFalse();
    assertThat(kalender.closedBecause(LocalDate.parse("2025-08-18"))).contains("HUT ke-80");
    assertThat(kalender.closedBecause(LocalDate.parse("2026-11-28"))).isEqualTo("Akhir pekan");
    assertThat(kalender.isWorkingDay(LocalDate.parse("2026-11-24"))).isTrue();
    assertThat(kalender.yearsWithDecree()).contains(2025, 2026);
  }

  @Test
  void anOfficeAddsItsOwnClosedDaysByConfiguration() {
    KalenderKerja office = new KalenderKerja("2026-11-25, 2026-11-26");

    assertThat(office.isWorkingDay(LocalDate.parse("2026-11-25"))).isFalse();
    assertThat(office.addWorkingDays(wib("2026-11-20T14:00"), 3)).isEqualTo(wib("2026-11-27T14:00"));
  }

  @Test
  void aMalformedClosedDayStopsTheStartWithAClearMessage() {
    assertThatThrownBy(() -> new KalenderKerja("26-11-2026"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standar-pelayanan.kalender.hari-tutup").hasMessageContaining("yyyy-MM-dd");
  }

  @Test
  void timerCalendarReadsWorkingDaysAndKeepsIsoDurations() {
    HariKerjaCalendar calendar = new HariKerjaCalendar(kalender);
    Date friday = Date.from(wib("2026-11-20T14:00").toInstant());

    assertThat(calendar.resolveDuedate("3 hari kerja", friday)).isEqualTo(Date.from(wib("2026-11-25T14:00").toInstant()));
    assertThat(calendar.resolveDuedate("PT60M", friday)).isEqualTo(Date.from(wib("2026-11-20T15:00").toInstant()));
    assertThat(calendar.resolveDuedate("P3D", friday)).isEqualTo(Date.from(wib("2026-11-23T14:00").toInstant()));
  }

  @Test
  void plainIsoDurationsResolveAsCamundasOwnCalendarDoes() {
    HariKerjaCalendar calendar = new HariKerjaCalendar(kalender);
    org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar camunda =
        new org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar();
    List<String> durations = List.of("PT1M", "PT60M", "PT90S", "PT1.5S", "PT2H30M", "P1D", "P3D", "P2W", "P1M",
        "P1Y", "P1Y2M3DT4H5M6S", "P10DT1H", "PT0S", "PT48H");
    for (String start : List.of("2026-11-20T14:00", "2026-01-31T23:59", "2028-02-29T08:00", "2026-12-31T23:30")) {
      Date from = Date.from(wib(start).toInstant());
      for (String duration : durations) {
        assertThat(HariKerjaCalendar.plainDuration(duration, from)).as(duration + " from " + start)
            .isNotNull().isEqualTo(camunda.resolveDuedate(duration, from));
        assertThat(calendar.resolveDuedate(duration, from)).isEqualTo(camunda.resolveDuedate(duration, from));
      }
    }
  }

  @Test
  void otherDurationsAreLeftToCamundasCalendar() {
    HariKerjaCalendar calendar = new HariKerjaCalendar(kalender);
    Date friday = Date.from(wib("2026-11-20T14:00").toInstant());
    for (String other : List.of("R3/PT10M", "P", "PT", "-PT5M", "2026-11-21T10:00:00/PT1H", "pt5m", "P1.5D")) {
      assertThat(HariKerjaCalendar.plainDuration(other, friday)).as(other).isNull();
    }
    assertThat(calendar.resolveDuedate("R3/PT10M", friday)).isEqualTo(Date.from(wib("2026-11-20T14:10").toInstant()));
  }
}
