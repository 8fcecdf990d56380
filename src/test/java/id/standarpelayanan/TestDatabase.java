package id.standarpelayanan;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL per test JVM, started from Maven's dependencies (no server installed). */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {
  }

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is ending; the data directory is temporary
        }
      }));
    }
    return postgres;
  }

  public static String jdbcUrl() {
    return postgres().getJdbcUrl("postgres", "postgres");
  }
}
