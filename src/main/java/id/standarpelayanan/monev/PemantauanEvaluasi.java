package id.standarpelayanan.monev;

/** Contract names of process {@code pemantauanEvaluasi} (spec §5, seed 001). */
public final class PemantauanEvaluasi {

  public static final String PROCESS_KEY = "pemantauanEvaluasi";
  public static final String PERIODE_DARI = "periodeDari";
  public static final String PERIODE_SAMPAI = "periodeSampai";
  public static final String BAHAN_ID = "bahanId";
  public static final String RINGKASAN_BAHAN = "ringkasanBahan";
  public static final String KOMENTAR_ANALIS = "komentarAnalis";
  public static final String KONSEP_LAPORAN = "konsepLaporan";
  public static final String DISETUJUI = "disetujui";
  public static final String CATATAN_REVISI = "catatanRevisi";
  public static final String PENANDATANGAN = "penandatangan";
  public static final String ARSIP_ID = "arsipId";

  private PemantauanEvaluasi() {
  }
}
