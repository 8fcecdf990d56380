package id.standarpelayanan;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL per test JVM, started from Maven's dependencies (no server installed). */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {
  }

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        // stopped by Spring's shutdown hook after it closed the application contexts, not
        // concurrently with them (an engine closing on a stopped database hangs the JVM's exit)
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      SpringApplication.getShutdownHandlers().add(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return postgres;
  }

  public static String jdbcUrl() {
    return postgres().getJdbcUrl("postgres", "postgres");
  }
}
