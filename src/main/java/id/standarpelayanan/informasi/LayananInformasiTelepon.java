package id.standarpelayanan.informasi;

import java.util.List;

/** Contract names of process {@code layananInformasiTelepon} (spec §3, POS H2/POS/CT.7/2023). */
public final class LayananInformasiTelepon {

  public static final String PROCESS_KEY = "layananInformasiTelepon";

  public static final String NAMA_PEMOHON = "namaPemohon";
  public static final String INSTANSI = "instansi";
  public static final String KABUPATEN_KOTA = "kabupatenKota";
  public static final String NOMOR_TELEPON = "nomorTelepon";
  public static final String PERTANYAAN = "pertanyaan";
  public static final String HASIL_TELAAH = "hasilTelaah";
  public static final String INFORMASI_TERSEDIA = "informasiTersedia";
  public static final String UNIT_PENJAWAB = "unitPenjawab";
  public static final String JAWABAN = "jawaban";

  /** The seven steps in the order of the POS table. */
  public static final List<String> STEPS = List.of("ucapkanSalam", "catatIdentitas", "telaahPermintaan",
      "informasikanPenerusan", "koordinasiUnit", "teleponKembali", "salamPenutup");

  private LayananInformasiTelepon() {
  }
}
