package id.standarpelayanan.monev;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The compiled material and the archive of signed reports (migration V4). */
@Repository
public class MonevRepository {

  public record Arsip(long id, String nomor, String html, String sha256, String ditandatanganiOleh,
      OffsetDateTime ditandatanganiPada) {
  }

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public MonevRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long saveBahan(String processInstanceId, OffsetDateTime now, BahanMonev bahan) {
    try {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("INSERT INTO bahan_monev (process_instance_id, dibuat, isi) VALUES (?, ?, ?)")
          .params(processInstanceId, now, json.writeValueAsString(bahan)).update(key, "id");
      return key.getKey().longValue();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store monev material", e);
    }
  }

  public BahanMonev bahan(long id) {
    String text = jdbc.sql("SELECT isi FROM bahan_monev WHERE id = ?").param(id).query(String.class).single();
    try {
      // stored by an earlier version, it may carry fields this one no longer has
      return json.readerFor(BahanMonev.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("monev material " + id + " is unreadable", e);
    }
  }

  long archive(String nomor, String processInstanceId, LocalDate dari, LocalDate sampai, String html,
      String sha256, String signer, OffsetDateTime signedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO arsip_laporan_monev (nomor, process_instance_id, periode_dari, periode_sampai, html,
              sha256, ditandatangani_oleh, ditandatangani_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nomor, processInstanceId, dari, sampai, html, sha256, signer, signedAt).update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Arsip> arsip(long id) {
    return jdbc.sql("""
            SELECT id, nomor, html, sha256, ditandatangani_oleh, ditandatangani_pada
            FROM arsip_laporan_monev WHERE id = ?""")
        .param(id)
        .query((rs, row) -> new Arsip(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .optional();
  }
}
