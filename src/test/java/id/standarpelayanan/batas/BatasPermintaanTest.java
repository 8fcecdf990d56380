package id.standarpelayanan.batas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.lapor.LaporanController;
import id.standarpelayanan.lapor.PengaduanLapor;
import id.standarpelayanan.security.RestAuthentication;

/**
 * Public calls are throttled per client address (standar-pelayanan.batas). The suite's own
 * address, 127.0.0.1, is exempt in the test profile; each test here is its own client
 * (127.0.0.2 and up), so no test sees another's budget.
 */
class BatasPermintaanTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAPORAN = """
      {"judul": "Lampu jalan mati", "isi": "Sejak seminggu", "kategori": "PENGADUAN", "anonim": true}""";

  @LocalServerPort
  private int port;
  @Autowired
  private BatasProperties batas;
  @Autowired
  private ServletWebServerApplicationContext context;

  private KlienLoopback client(String address) {
    return new KlienLoopback(address, port);
  }

  private long reports() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PengaduanLapor.PROCESS_KEY).count();
  }

  private static void assertThrottled(KlienLoopback.Jawaban answer, long maxSeconds) throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(429);
    assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, maxSeconds);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(429);
    assertThat(problem.path("detail").asText())
        .startsWith("Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam ");
  }

  @Test
  void aBurstOfFilingsFilesOnlyTheBudgetAndAnotherClientIsUnaffected() throws Exception {
    // the clock stands still: nothing refills during the burst, so the budget is exact
    ClockUtil.setCurrentTime(new Date());
    BatasProperties.Anggaran budget = batas.lapor();
    long before = reports();
    KlienLoopback flooder = client("127.0.0.2");
    KlienLoopback citizen = client("127.0.0.3");

    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<KlienLoopback.Jawaban>> burst = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      burst.add(threads.submit(() -> flooder.postJson("/api/laporan", LAPORAN)));
    }
    // meanwhile a citizen at another address files and follows a report
    KlienLoopback.Jawaban filed = citizen.postJson("/api/laporan", LAPORAN);
    JsonNode receipt = JSON.readTree(filed.body());
    KlienLoopback.Jawaban tracked = citizen.get("/api/laporan/" + receipt.path("nomor").asText(),
        LaporanController.KODE_AKSES, receipt.path("kodeAkses").asText());
    List<KlienLoopback.Jawaban> answers = new ArrayList<>();
    for (Future<KlienLoopback.Jawaban> answer : burst) {
      answers.add(answer.get());
    }
    threads.shutdown();

    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
    List<KlienLoopback.Jawaban> created = answers.stream().filter(a -> a.status() == 201).toList();
    assertThat(created).hasSize(budget.kapasitas());
    long refill = budget.periode().toSeconds() / budget.isiUlang();
    for (KlienLoopback.Jawaban answer : answers) {
      if (answer.status() != 201) {
        assertThrottled(answer, refill);
      }
    }
    assertThat(reports() - before).as("reports filed: the budget's and the other citizen's")
        .isEqualTo(budget.kapasitas() + 1);
    for (KlienLoopback.Jawaban answer : created) {
      String number = JSON.readTree(answer.body()).path("nomor").asText();
      assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(number).count()).isEqualTo(1);
    }
  }

  @Test
  void aBudgetRefillsWithTime() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    BatasProperties.Anggaran budget = batas.lacak();
    KlienLoopback client = client("127.0.0.4");
    for (int i = 0; i < budget.kapasitas(); i++) {
      assertThat(client.get("/api/laporan/LPR-2026-999999").status()).isEqualTo(404);
    }
    KlienLoopback.Jawaban refused = client.get("/api/laporan/LPR-2026-999999");
    long refill = budget.periode().toSeconds() / budget.isiUlang();
    assertThrottled(refused, refill);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isEqualTo(refill);
    assertThat(JSON.readTree(refused.body()).path("detail").asText())
        .isEqualTo("Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam " + refill + " detik.");

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + (refill - 1) * 1000));
    assertThrottled(client.get("/api/laporan/LPR-2026-999999"), 1);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 1000));
    assertThat(client.get("/api/laporan/LPR-2026-999999").status()).as("one call refilled").isEqualTo(404);
    assertThrottled(client.get("/api/laporan/LPR-2026-999999"), refill);
  }

  @Test
  void xForwardedForFromAnUntrustedClientIsIgnored() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    // Spring's default internal proxies would trust every 127/8 address; here none is trusted
    RemoteIpValve valve = remoteIpValve();
    assertThat(valve.getInternalProxies()).isNull();
    assertThat(valve.getTrustedProxies()).isNull();

    KlienLoopback client = client("127.0.0.5");
    for (int i = 0; i < batas.lacak().kapasitas(); i++) {
      assertThat(client.get("/api/laporan/LPR-2026-999998", "X-Forwarded-For", "198.51.100." + i).status())
          .isEqualTo(404);
    }
    assertThrottled(client.get("/api/laporan/LPR-2026-999998"), 3600);
    assertThrottled(client.get("/api/laporan/LPR-2026-999998", "X-Forwarded-For", "203.0.113.9"), 3600);
    assertThrottled(client.get("/api/laporan/LPR-2026-999998", "X-Forwarded-For", "127.0.0.1"), 3600);
    assertThrottled(client.get("/api/laporan/LPR-2026-999998", "X-Real-IP", "127.0.0.1",
        "Forwarded", "for=127.0.0.1"), 3600);
  }

  private RemoteIpValve remoteIpValve() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    for (Valve valve : server.getTomcat().getEngine().getPipeline().getValves()) {
      if (valve instanceof RemoteIpValve remoteIp) {
        return remoteIp;
      }
    }
    throw new AssertionError("no RemoteIpValve: server.forward-headers-strategy should be native");
  }

  @Test
  void aReportNumberIsNoKeyAStrangerCannotLockACitizenOutOfTheirReport() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    KlienLoopback citizen = client("127.0.0.6");
    JsonNode receipt = JSON.readTree(citizen.postJson("/api/laporan", LAPORAN).body());
    String nomor = receipt.path("nomor").asText();
    KlienLoopback stranger = client("127.0.0.7");
    KlienLoopback.Jawaban last;
    int guesses = 0;
    do {
      last = stranger.get("/api/laporan/" + nomor, LaporanController.KODE_AKSES, "AAAA-BBBB-CCCC-" + guesses++);
    } while (last.status() != 429);

    assertThat(guesses).isEqualTo(batas.lacak().kapasitas() + 1);
    assertThat(citizen.get("/api/laporan/" + nomor, LaporanController.KODE_AKSES, receipt.path("kodeAkses").asText())
        .status()).isEqualTo(200);
  }

  /** One sample request of a "METHOD path" pattern of RestAuthentication.PUBLIC_API or the pages. */
  private static String[] sample(String call) {
    String method = call.substring(0, call.indexOf(' ')).replaceAll("^\\((\\w+)\\|.*", "$1");
    String path = call.substring(call.indexOf(' ') + 1).replaceAll("\\(\\?![^)]*\\)", "")
        .replace("[^/]+", "X-2026-000001").replace("/?", "");
    return new String[] {method, path};
  }

  @Test
  void everyPublicCallAndPageIsThrottled() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    List<String> calls = Stream.concat(RestAuthentication.PUBLIC_API.stream(), JenisPanggilan.PUBLIC_PAGES.stream())
        .toList();
    List<String> summary = Collections.synchronizedList(new ArrayList<>());
    int address = 20;
    for (String call : calls) {
      String[] request = sample(call);
      KlienLoopback client = client("127.0.0." + address++);
      String body = "GET".equals(request[0]) ? null : "{}";
      int allowed = 0;
      KlienLoopback.Jawaban answer = client.send(request[0], request[1], body);
      while (answer.status() != 429 && allowed < 200) {
        allowed++;
        answer = client.send(request[0], request[1], body);
      }
      assertThrottled(answer, 3600);
      summary.add(call + " -> " + allowed);
      JenisPanggilan jenis = call.equals("POST /api/laporan") ? JenisPanggilan.LAPOR
          : call.contains(" /api/survei/") ? JenisPanggilan.SURVEI
          : call.contains(" /api/") ? JenisPanggilan.LACAK : JenisPanggilan.HALAMAN;
      assertThat(allowed).as(call).isEqualTo(batas.anggaran(jenis).kapasitas());
    }
    assertThat(summary).hasSize(calls.size());
  }

  @Test
  void aClientThatGoesOnCallingGetsItsRefusalsLaterAndHoldsFewConnections() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    KlienLoopback client = client("127.0.0.9");
    for (int i = 0; i < batas.survei().kapasitas(); i++) {
      assertThat(client.get("/api/survei/tidak-ada").status()).isEqualTo(404);
    }
    KlienLoopback.Jawaban first = client.get("/api/survei/tidak-ada");
    KlienLoopback.Jawaban again = client.get("/api/survei/tidak-ada");
    assertThrottled(first, 3600);
    assertThrottled(again, 3600);
    assertThat(again.nanos()).as("held").isGreaterThanOrEqualTo(batas.tunda().toNanos());

    // twelve at once on kept-alive connections: eight are held, the others answered at once and closed
    int calls = BatasPermintaanFilter.PER_CLIENT + 4;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(calls);
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    List<Future<KlienLoopback.Jawaban>> answers = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      answers.add(threads.submit(() -> {
        try (KlienLoopback.Sambungan connection = client.sambungan()) {
          start.await();
          return connection.send("GET", "/api/survei/tidak-ada", null);
        }
      }));
    }
    int closed = 0;
    for (Future<KlienLoopback.Jawaban> answer : answers) {
      assertThrottled(answer.get(), 3600);
      closed += "close".equalsIgnoreCase(answer.get().header("Connection")) ? 1 : 0;
    }
    threads.shutdown();
    assertThat(closed).isEqualTo(calls - BatasPermintaanFilter.PER_CLIENT);
  }

  @Test
  void aBrowserOverBudgetGetsAShortPageInBahasaIndonesia() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    KlienLoopback browser = client("127.0.0.10");
    for (int i = 0; i < batas.halaman().kapasitas(); i++) {
      assertThat(browser.get("/lapor/lacak", "Accept", "text/html").status()).isEqualTo(200);
    }
    KlienLoopback.Jawaban refused = browser.get("/lapor/lacak", "Accept", "text/html,application/xhtml+xml");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("text/html");
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(refused.header("Content-Security-Policy")).isEqualTo("default-src 'none'");
    assertThat(refused.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(refused.body()).contains("<html lang=\"id\">")
        .contains("Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam ");
  }

  @Test
  void staffCallsAndTheWebappsAreNotThrottled() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    KlienLoopback client = client("127.0.0.8");
    for (int i = 0; i < 30; i++) {
      assertThat(client.get("/api/survei/ikm?dari=2026-01-01&sampai=2026-01-31").status()).isEqualTo(401);
      assertThat(client.get("/engine-rest/task").status()).isEqualTo(401);
    }
  }
}
