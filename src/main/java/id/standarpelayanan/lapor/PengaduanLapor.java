package id.standarpelayanan.lapor;

import java.util.Set;

/** Contract names of process {@code pengaduanLapor} (spec §4, SOP pengaduan melalui SP4N-LAPOR!). */
public final class PengaduanLapor {

  public static final String PROCESS_KEY = "pengaduanLapor";
  public static final String NOMOR_PREFIX = "LPR";
  public static final String MESSAGE_TANGGAPAN = "tanggapanPelapor";

  public static final String JUDUL = "judul";
  public static final String ISI = "isi";
  public static final String KATEGORI = "kategori";
  public static final String ANONIM = "anonim";
  public static final String RAHASIA = "rahasia";
  public static final String LANGSUNG_KE_INSTANSI = "langsungKeInstansi";
  public static final String KANAL = "kanal";
  public static final String NOMOR_PANGGILAN = "nomorPanggilan";
  public static final String STATUS = "statusLaporan";
  public static final String SESUAI_KEWENANGAN = "sesuaiKewenangan";
  public static final String KEWENANGAN = "kewenangan";
  public static final String ALASAN_PENGEMBALIAN = "alasanPengembalian";
  public static final String JAWABAN = "jawaban";
  public static final String PENJAWAB = "penjawab";
  public static final String PUAS = "puas";
  public static final String TANGGAPAN = "tanggapan";

  /**
   * What the public sees or what decides it (the reporter's own text, the channel, confidentiality,
   * status, the published answer and the reporter's response): written only by the intake, the
   * reporter's response and the process's steps ({@code security.VariableWriteGuard}).
   */
  public static final Set<String> PUBLIC_VARIABLES = Set.of(JUDUL, ISI, KATEGORI, ANONIM, RAHASIA,
      LANGSUNG_KE_INSTANSI, KANAL, NOMOR_PANGGILAN, STATUS, JAWABAN, PENJAWAB, PUAS, TANGGAPAN);

  private PengaduanLapor() {
  }
}
