package id.standarpelayanan.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The application's own secret keys (migration V5, table {@code kunci_aplikasi}): made at random
 * the first time one is needed and shared by every node through the database, never in
 * configuration files or the engine's variables.
 */
@Component
public class KunciAplikasi {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  public KunciAplikasi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The 256-bit key called {@code name}. */
  public byte[] kunci(String name) {
    return keys.computeIfAbsent(name, this::loadOrCreate).clone();
  }

  private byte[] loadOrCreate(String name) {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    // another node may create it at the same moment: the row that exists afterwards wins
    jdbc.sql("""
            INSERT INTO kunci_aplikasi (nama, nilai, dibuat)
            SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM kunci_aplikasi WHERE nama = ?)""")
        .params(name, Base64.getEncoder().encodeToString(fresh), MutuBaku.now(), name).update();
    return Base64.getDecoder().decode(
        jdbc.sql("SELECT nilai FROM kunci_aplikasi WHERE nama = ?").param(name).query(String.class).single());
  }
}
