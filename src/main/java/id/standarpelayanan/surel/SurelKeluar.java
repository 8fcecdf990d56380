package id.standarpelayanan.surel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.SecretCode;

/**
 * The outbox of mails (table {@code surel_keluar}, migration V6). {@link #antrekan} writes a mail
 * in the caller's transaction: the intake's, or the engine's when a step of a process changes what
 * a citizen should be told. The mail exists exactly when that change is committed; a step that
 * rolls back takes its mail with it. {@link PengirimSurel} sends the rows afterwards.
 */
@Repository
public class SurelKeluar {

  /** A mail to be sent: plain text, UTF-8. {@code rujukan} names what it is about (a report's number). */
  public record Surel(String jenis, String rujukan, String penerima, String subjek, String isi) {
  }

  /** A row claimed by one sender. */
  record Antrean(long id, String jenis, String rujukan, String penerima, String subjek, String isi,
      String messageId, int percobaan) {
  }

  private final JdbcClient jdbc;
  private final String messageIdDomain;

  public SurelKeluar(JdbcClient jdbc,
      @Value("${standar-pelayanan.surel.alamat-pengirim}") String alamatPengirim) {
    this.jdbc = jdbc;
    int at = alamatPengirim.lastIndexOf('@');
    this.messageIdDomain = at < 0 ? "localhost" : alamatPengirim.substring(at + 1).strip();
  }

  /**
   * Queues a mail, due at once, in the current transaction. Its Message-ID is fixed here and sent
   * with every attempt, so a copy sent twice (see {@link PengirimSurel}) is recognisable.
   */
  public void antrekan(Surel surel) {
    OffsetDateTime now = MutuBaku.now();
    jdbc.sql("""
            INSERT INTO surel_keluar (jenis, rujukan, penerima, subjek, isi, message_id, dibuat, jatuh_tempo, percobaan)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(surel.jenis(), surel.rujukan(), surel.penerima(), surel.subjek(), surel.isi(),
            "<" + UUID.randomUUID() + ".surel@" + messageIdDomain + ">", now, now)
        .update();
  }

  /**
   * Claims up to {@code max} due rows for the sender {@code token} until {@code leaseUntil}; to be
   * called in a short transaction of its own. Rows another sender holds (locked by its claim in
   * progress, or claimed with a lease not yet past) are skipped, never waited for: PostgreSQL's
   * and H2's {@code FOR UPDATE SKIP LOCKED}. On H2, a single-node database, a sorted
   * {@code FOR UPDATE} may lock more rows than it returns; that only makes another claim skip them.
   */
  List<Antrean> klaim(String token, OffsetDateTime now, OffsetDateTime leaseUntil, int max) {
    List<Antrean> rows = jdbc.sql("""
            SELECT id, jenis, rujukan, penerima, subjek, isi, message_id, percobaan FROM surel_keluar
            WHERE dikirim IS NULL AND jatuh_tempo <= ? AND (disewa_sampai IS NULL OR disewa_sampai <= ?)
            ORDER BY jatuh_tempo, id
            LIMIT ?
            FOR UPDATE SKIP LOCKED""")
        .params(now, now, max)
        .query((rs, n) -> new Antrean(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
        .list();
    for (Antrean row : rows) {
      jdbc.sql("UPDATE surel_keluar SET disewa_oleh = ?, disewa_sampai = ? WHERE id = ?")
          .params(token, leaseUntil, row.id()).update();
    }
    return rows;
  }

  /**
   * Records the mail as sent and empties its text: the filed-report mail carries the reporter's
   * access code in clear, which must not outlive the sending (only its SHA-256 is kept elsewhere).
   * What proves the delivery stays: recipient, subject, Message-ID, time, attempts and the
   * SHA-256 of the text sent. False when the row was already marked sent (by a sender whose
   * claim this one had taken over after its lease passed): the mail then went out twice.
   */
  boolean tandaiTerkirim(Antrean row, OffsetDateTime sentAt) {
    return jdbc.sql("""
            UPDATE surel_keluar SET dikirim = ?, isi = NULL, isi_sha256 = ?, percobaan = percobaan + 1,
                   disewa_oleh = NULL, disewa_sampai = NULL
            WHERE id = ? AND dikirim IS NULL""")
        .params(sentAt, sha256(row.isi()), row.id()).update() == 1;
  }

  /** A failed attempt: counted, its error kept, due again at {@code nextAttempt}; the row stays. */
  void tandaiGagal(Antrean row, String token, OffsetDateTime nextAttempt, String error) {
    jdbc.sql("""
            UPDATE surel_keluar SET percobaan = percobaan + 1, jatuh_tempo = ?, galat_terakhir = ?,
                   disewa_oleh = NULL, disewa_sampai = NULL
            WHERE id = ? AND disewa_oleh = ? AND dikirim IS NULL""")
        .params(nextAttempt, error, row.id(), token).update();
  }

  /** Gives a claimed row back untried, due as it was. */
  void lepaskan(Antrean row, String token) {
    jdbc.sql("UPDATE surel_keluar SET disewa_oleh = NULL, disewa_sampai = NULL WHERE id = ? AND disewa_oleh = ?")
        .params(row.id(), token).update();
  }

  /** How many mails wait to be sent. */
  long menunggu() {
    return jdbc.sql("SELECT COUNT(*) FROM surel_keluar WHERE dikirim IS NULL").query(Long.class).single();
  }

  static String sha256(String text) {
    return SecretCode.hash(text == null ? "" : text);
  }
}
