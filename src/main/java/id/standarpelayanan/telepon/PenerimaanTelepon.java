package id.standarpelayanan.telepon;

/** Contract names of process {@code penerimaanTelepon} (spec §1): one place for each. */
public final class PenerimaanTelepon {

  public static final String PROCESS_KEY = "penerimaanTelepon";
  public static final String DECISION_KEY = "routingEkstensi";

  public static final String NOMOR_PENELEPON = "nomorPenelepon";
  public static final String LABEL_NOMOR_PENELEPON = "Nomor penelepon";
  public static final String EKSTENSI = "ekstensi";
  public static final String UNIT_TUJUAN = "unitTujuan";
  /** The unit the caller chose, kept when the call falls back to the operator. */
  public static final String UNIT_ASAL = "unitAsal";

  public static final String TERIMA_PANGGILAN = "terimaPanggilan";
  public static final String BERIKAN_JAWABAN = "berikanJawaban";

  public static final String OPERATOR = "operator";

  private PenerimaanTelepon() {
  }
}
