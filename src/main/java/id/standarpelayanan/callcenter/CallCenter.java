package id.standarpelayanan.callcenter;

/** Contract names of process {@code callCenter} (spec §2, Standar Pelayanan Call Center BKK Banten). */
public final class CallCenter {

  public static final String PROCESS_KEY = "callCenter";
  public static final String GROUP = "petugasCallCenter";
  /** The morning device check (mechanism 1) is its own process: Camunda allows no timer start beside a none start. */
  public static final String KESIAPAN_PROCESS_KEY = "kesiapanCallCenter";
  public static final String PERIKSA_PERANGKAT = "periksaPerangkat";

  public static final String NAMA_INSTANSI = "namaInstansi";
  public static final String SALAM = "salam";
  /** The officer the phone rings at; null rings at every officer of the group. */
  public static final String PETUGAS_DERING = "petugasDering";
  public static final String DIALIHKAN = "dialihkan";
  public static final String NAMA_PENELEPON = "namaPenelepon";
  public static final String NOMOR_TELEPON = "nomorTelepon";
  public static final String PERIHAL = "perihal";
  public static final String ADUAN = "aduan";

  private CallCenter() {
  }
}
