package id.standarpelayanan.tugas;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a clerk needs to recognise a task at a glance, on its card and above its form: the case's
 * number, what the case is (a report's title, the caller, a monev period), the step's deadline in
 * WIB, whether it is late or escalated, and for a returned or reopened step why.
 *
 * @param ringkasan   a report's title, the caller (for whoever may read the caller), a monev period;
 *                    null when there is nothing to show
 * @param tenggatWib  the deadline written out in WIB ("1 Des 2026 10.15 WIB"), null without one
 * @param eskalasi    the groups the late step was also offered to, since when; empty when none
 * @param kembali     why the step is here again (a return, a reporter's dissatisfaction), or null
 */
public record KasusTugas(String taskId, String nomor, String proses, String ringkasan, OffsetDateTime tenggat,
    String tenggatWib, boolean terlambat, OffsetDateTime terlambatSejak, List<Eskalasi> eskalasi,
    Kembali kembali) {

  /** A late step offered to a supervising group ({@code mutubaku.EskalasiTugas}). */
  public record Eskalasi(String kelompok, String namaKelompok, OffsetDateTime sejak, String sejakWib) {
  }

  /**
   * Why the step is worked again: {@code jenis} {@code DIKEMBALIKAN} (another level returned the
   * report: its reason, who, when) or {@code TIDAK_PUAS} (the reporter's response to the answer).
   */
  public record Kembali(String jenis, String alasan, String oleh, String dariLangkah, OffsetDateTime waktu,
      String waktuWib) {
  }
}
