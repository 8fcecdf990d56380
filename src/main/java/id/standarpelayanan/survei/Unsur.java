package id.standarpelayanan.survei;

/** The nine elements (unsur) of PermenPANRB 14/2017, in the regulation's order. */
public enum Unsur {
  PERSYARATAN("persyaratan", "Persyaratan"),
  PROSEDUR("prosedur", "Sistem, mekanisme dan prosedur"),
  WAKTU("waktu", "Waktu penyelesaian"),
  BIAYA("biaya", "Biaya/tarif"),
  PRODUK("produk", "Produk spesifikasi jenis pelayanan"),
  KOMPETENSI("kompetensi", "Kompetensi pelaksana"),
  PERILAKU("perilaku", "Perilaku pelaksana"),
  SARANA("sarana", "Sarana dan prasarana"),
  PENGADUAN("pengaduan", "Penanganan pengaduan, saran dan masukan");

  private final String field;
  private final String label;

  Unsur(String field, String label) {
    this.field = field;
    this.label = label;
  }

  /** The JSON field of the survey answer. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }
}
