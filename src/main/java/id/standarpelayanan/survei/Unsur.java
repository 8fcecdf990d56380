package id.standarpelayanan.survei;

import java.util.List;

/**
 * The nine elements (unsur) of PermenPANRB 14/2017, in the regulation's order, each with the
 * question of the regulation's sample questionnaire and its four answers, scored 1 to 4.
 */
public enum Unsur {
  PERSYARATAN("persyaratan", "Persyaratan",
      "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  PROSEDUR("prosedur", "Sistem, mekanisme dan prosedur",
      "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
  WAKTU("waktu", "Waktu penyelesaian",
      "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
  BIAYA("biaya", "Biaya/tarif",
      "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
  PRODUK("produk", "Produk spesifikasi jenis pelayanan",
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
          + "pelayanan dengan hasil yang diberikan?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  KOMPETENSI("kompetensi", "Kompetensi pelaksana",
      "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
  PERILAKU("perilaku", "Perilaku pelaksana",
      "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
      "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
  SARANA("sarana", "Sarana dan prasarana",
      "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      "Buruk", "Cukup", "Baik", "Sangat baik"),
  PENGADUAN("pengaduan", "Penanganan pengaduan, saran dan masukan",
      "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
      "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik");

  private final String field;
  private final String label;
  private final String pertanyaan;
  private final List<String> pilihan;

  Unsur(String field, String label, String pertanyaan, String... pilihan) {
    this.field = field;
    this.label = label;
    this.pertanyaan = pertanyaan;
    this.pilihan = List.of(pilihan);
  }

  /** The JSON field of the survey answer. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  public String pertanyaan() {
    return pertanyaan;
  }

  /** The four answers, scored 1 to 4 in this order. */
  public List<String> pilihan() {
    return pilihan;
  }
}
