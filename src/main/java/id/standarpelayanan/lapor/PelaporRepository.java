package id.standarpelayanan.lapor;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.standarpelayanan.mutubaku.MutuBaku;

/** The reporter's identity (migration V2), apart from the engine. */
@Repository
public class PelaporRepository {

  private final JdbcClient jdbc;

  public PelaporRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(String nomor, Pelapor pelapor) {
    jdbc.sql("INSERT INTO pelapor (nomor, nama, telepon, email, rahasia, dibuat) VALUES (?, ?, ?, ?, ?, ?)")
        .params(nomor, pelapor.nama(), pelapor.telepon(), pelapor.email(), pelapor.rahasia(),
            MutuBaku.now())
        .update();
  }

  Optional<Pelapor> find(String nomor) {
    return jdbc.sql("SELECT nama, telepon, email, rahasia FROM pelapor WHERE nomor = ?").param(nomor)
        .query((rs, row) -> new Pelapor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .optional();
  }
}
