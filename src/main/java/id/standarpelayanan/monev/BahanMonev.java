package id.standarpelayanan.monev;

import java.time.LocalDate;
import java.util.List;

import id.standarpelayanan.survei.IndeksKepuasan;

/** The material of a monev: the period's performance per process and step, and its IKM. */
public record BahanMonev(LocalDate dari, LocalDate sampai, List<KinerjaLangkah> langkah,
    IndeksKepuasan.Hasil ikm) {

  /**
   * One step of one process in the period. Durations in seconds; {@code tepatWaktu} is the share
   * (0..1) of finished instances done by their due date; medians and percentiles of finished ones.
   */
  public record KinerjaLangkah(String proses, String taskKey, String nama, int jumlah, int selesai,
      Long medianDetik, Long persentil90Detik, Long mutuBakuDetik, Double tepatWaktu, int pelanggaran) {
  }
}
