package id.standarpelayanan.lapor;

/** A report as the public intake receives it (JSON of {@code POST /api/laporan}). */
public record LaporanBaru(String judul, String isi, String kategori, Boolean anonim, Boolean rahasia,
    String nama, String telepon, String email, Boolean langsungKeInstansi) {
}
