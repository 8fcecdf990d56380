package id.standarpelayanan.lapor;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.SecretCode;

/**
 * The reporter's access code (migration V5): 16 characters, 80 random bits, shown once when the
 * report is filed and stored only as its SHA-256. The code, not the tracking number, is the key
 * to the citizen's side of a report.
 */
@Repository
public class KodeAksesLaporan {

  static final int LENGTH = 16;
  /** Compared against when the number has no code, so that a miss costs what a hit costs. */
  private static final String NO_CODE = SecretCode.hash("tidak ada kode");

  private final JdbcClient jdbc;

  public KodeAksesLaporan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new code for the report, replacing any earlier one; returned once, grouped for reading. */
  String terbitkan(String nomor) {
    String code = SecretCode.random(LENGTH);
    String hash = SecretCode.hash(code);
    if (jdbc.sql("UPDATE laporan_akses SET kode_hash = ?, diterbitkan = ? WHERE nomor = ?")
        .params(hash, MutuBaku.now(), nomor).update() == 0) {
      jdbc.sql("INSERT INTO laporan_akses (nomor, kode_hash, diterbitkan) VALUES (?, ?, ?)")
          .params(nomor, hash, MutuBaku.now()).update();
    }
    return SecretCode.grouped(code);
  }

  /** Whether {@code typed} is the report's code; false for an unknown number too. */
  boolean cocok(String nomor, String typed) {
    Optional<String> code = SecretCode.normalize(typed, LENGTH);
    String stored = nomor == null || nomor.length() > 32 ? null
        : jdbc.sql("SELECT kode_hash FROM laporan_akses WHERE nomor = ?").param(nomor).query(String.class).optional()
            .orElse(null);
    boolean same = SecretCode.sameHash(code.map(SecretCode::hash).orElse(NO_CODE), stored == null ? NO_CODE : stored);
    return same && stored != null && code.isPresent();
  }
}
