package id.standarpelayanan.audit;

import java.time.OffsetDateTime;

/** One task instance of the export. Times in WIB; durations in seconds. */
public record BarisDurasi(String proses, int versi, String businessKey, String taskKey, String namaTugas,
    String kelompok, String pelaksana, OffsetDateTime mulai, OffsetDateTime selesai, OffsetDateTime tenggat,
    Long durasiDetik, Long mutuBakuDetik, String status, Long terlambatDetik, String alasanKeterlambatan) {

  static final String[] HEADER = {"proses", "versi", "business_key", "task_key", "nama_tugas", "kelompok",
      "pelaksana", "mulai", "selesai", "tenggat", "durasi_detik", "mutu_baku_detik", "status", "terlambat_detik",
      "alasan_keterlambatan"};
}
