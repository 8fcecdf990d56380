package id.standarpelayanan.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.standarpelayanan.PackagedApp;
import id.standarpelayanan.TestDatabase;

/**
 * The packaged application on PostgreSQL in its own JVM, killed with kill -9 while calls and
 * reports stream in over HTTP, then restarted: every acknowledged request is there exactly once,
 * every open call still has its mutu baku timer, and timers that fell due while it was down fire
 * after the restart, each recording its breach exactly once (extension, then operator).
 */
class CrashIT {

  private static final String PASSWORD = "Uji-Crash-2026!";
  private static final Pattern KEY = Pattern.compile("\"(businessKey|nomor)\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static PackagedApp start(String url) throws Exception {
    return PackagedApp.start("crash-app", List.of(), Map.of("SPRING_PROFILES_ACTIVE", "postgres",
        "SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "postgres", "CAMUNDA_BPM_ADMINUSER_PASSWORD", PASSWORD,
        "CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "1000",
        // the test is one client filing hundreds of reports: exempt from the per-client budgets
        "STANDARPELAYANAN_BATAS_KECUALI", "127.0.0.1,::1"), "/api/laporan/LPR-1999-000000", 404);
  }

  private String post(int port, String path, String body, boolean login) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (login) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      return null;
    }
    Matcher key = KEY.matcher(response.body());
    return key.find() ? key.group(2) : null;
  }

  @Test
  void nothingAcknowledgedIsLostOrDoubledAndLateTimersFireOnceAfterRestart() throws Exception {
    try (Connection admin = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS crash");
      statement.execute("CREATE DATABASE crash");
    }
    String url = TestDatabase.postgres().getJdbcUrl("postgres", "crash");
    PackagedApp app = start(url);
    int port = app.port();

    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService drivers = Executors.newFixedThreadPool(6);
    for (int d = 0; d < 6; d++) {
      int driver = d;
      drivers.submit(() -> {
        for (int i = 0; i < 1000 && !Thread.currentThread().isInterrupted(); i++) {
          sent.incrementAndGet();
          try {
            String key = driver % 2 == 0
                ? post(port, "/api/panggilan", "{\"nomorPenelepon\": \"061-8453744\", \"ekstensi\": \"102\"}", true)
                : post(port, "/api/laporan", "{\"judul\": \"Uji\", \"isi\": \"Crash\", \"kategori\": \"ASPIRASI\", \"anonim\": true}", false);
            if (key != null) {
              acknowledged.add(key);
            }
          } catch (Exception refused) {
            return; // the application is gone
          }
        }
      });
    }
    while (acknowledged.size() < 300) {
      Thread.sleep(50);
    }
    app.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
    drivers.shutdownNow();
    drivers.awaitTermination(30, TimeUnit.SECONDS);
    List<String> answered = new ArrayList<>(acknowledged);
    System.out.printf("CRASH requests sent %d, acknowledged %d%n", sent.get(), answered.size());

    // the pick-up timers (1 minute) of the open calls fall due while the application is down
    Thread.sleep(65_000);
    PackagedApp restarted = start(url);
    try {
      long deadline = System.currentTimeMillis() + 90_000;
      while (openPickUpTimers(url) > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(1000);
      }
      Thread.sleep(3000);
      try (Connection db = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
          Statement query = db.createStatement()) {
        Set<String> stored = new HashSet<>();
        int rows = 0;
        try (ResultSet keys = query.executeQuery("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IS NOT NULL")) {
          while (keys.next()) {
            stored.add(keys.getString(1));
            rows++;
          }
        }
        long calls = count(query, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'penerimaanTelepon'");
        long breaches = count(query, "SELECT COUNT(*) FROM pelanggaran_mutu_baku WHERE task_key = 'terimaPanggilan'");
        long doubled = count(query, "SELECT COUNT(*) FROM (SELECT job_id FROM pelanggaran_mutu_baku GROUP BY job_id HAVING COUNT(*) > 1) d");
        long withoutTimer = count(query, """
            SELECT COUNT(*) FROM ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ IN ('terimaPanggilan', 'berikanJawaban', 'terimaLaporan')
              AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j WHERE j.EXECUTION_ID_ = t.EXECUTION_ID_ AND j.TYPE_ = 'timer')""");
        long pickUpBreachedOnce = count(query, """
            SELECT COUNT(*) FROM (SELECT process_instance_id FROM pelanggaran_mutu_baku WHERE task_key = 'terimaPanggilan'
              GROUP BY process_instance_id HAVING COUNT(*) = 2 AND COUNT(DISTINCT job_id) = 2) d""");
        long unanswered = count(query, "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'panggilanTidakTerjawab'");
        System.out.printf("CRASH found after restart %d of %d acknowledged; processes %d, duplicates %d; "
            + "pick-up breaches %d for %d calls (%d calls with exactly two: extension then operator), ended unanswered %d, open tasks without timer %d%n",
            answered.stream().filter(stored::contains).count(), answered.size(), rows, rows - stored.size(),
            breaches, calls, pickUpBreachedOnce, unanswered, withoutTimer);

        assertThat(stored).containsAll(answered);
        assertThat(rows).as("no business key twice").isEqualTo(stored.size());
        assertThat(doubled).isZero();
        assertThat(withoutTimer).isZero();
        // nobody picks up: the extension's minute lapses (breach), the call rings at the operator, whose minute lapses too
        assertThat(pickUpBreachedOnce).as("each call breached once at the extension and once at the operator").isEqualTo(calls);
        assertThat(breaches).isEqualTo(2 * calls);
        assertThat(unanswered).as("every call ended unanswered").isEqualTo(calls);
      }
    } finally {
      restarted.close();
    }
  }

  private static long openPickUpTimers(String url) throws Exception {
    try (Connection db = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
        Statement query = db.createStatement()) {
      // all of them fell due while the application was down
      return count(query, "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
          + "WHERE d.ACT_ID_ = 'terimaPanggilan_mutuBaku' AND j.RETRIES_ > 0");
    }
  }

  private static long count(Statement query, String sql) throws Exception {
    try (ResultSet result = query.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
