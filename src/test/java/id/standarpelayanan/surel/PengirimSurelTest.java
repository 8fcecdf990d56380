package id.standarpelayanan.surel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestMailServer;
import id.standarpelayanan.mutubaku.MutuBaku;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox's sender against a real SMTP server (GreenMail): a mail server that is down for a
 * while, senders racing on several nodes, a node that died holding a claim, no server at all.
 * Nothing is lost, nothing is sent twice. Time is moved on the engine clock, never waited for.
 */
@ExtendWith(OutputCaptureExtension.class)
class PengirimSurelTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private PengirimSurel pengirim;
  @Autowired
  private SurelKeluar outbox;
  @Autowired
  private JavaMailSender mail;
  @Autowired
  private PlatformTransactionManager transactionManager;

  /** Files a report with a new address of its own; returns the address. */
  private String fileWithNewAddress() {
    String email = "pelapor-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.go.id";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> response = citizen.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>("""
            {"judul": "Berkas hilang", "isi": "Berkas saya tidak ditemukan", "kategori": "PENGADUAN",
             "anonim": false, "nama": "Dewi Nasution", "email": "%s"}""".formatted(email), headers), JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return email;
  }

  private Map<String, Object> row(String email) {
    return jdbc.sql("SELECT * FROM surel_keluar WHERE penerima = ?").param(email).query().singleRow();
  }

  private static void moveClockTo(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private static OffsetDateTime time(Object column) {
    return (column instanceof OffsetDateTime odt ? odt : ((java.sql.Timestamp) column).toInstant().atOffset(
        java.time.ZoneOffset.UTC)).atZoneSameInstant(MutuBaku.WIB).toOffsetDateTime();
  }

  @Test
  void aMailServerDownForAWhileLosesNothingAndSendsNothingTwice() {
    OffsetDateTime start = MutuBaku.now();
    moveClockTo(start);
    List<String> addresses = new ArrayList<>();
    TestMailServer.stop();
    try {
      for (int i = 0; i < 3; i++) {
        addresses.add(fileWithNewAddress());
      }
      pengirim.kirimYangJatuhTempo();
      // each mail kept, one attempt counted, the error kept without the address, due again in 1 minute
      for (String email : addresses) {
        Map<String, Object> row = row(email);
        assertThat(row).containsEntry("percobaan", 1).containsEntry("dikirim", null);
        assertThat(row.get("isi")).asString().contains("Kode akses");
        assertThat(row.get("galat_terakhir")).asString().isNotBlank().doesNotContain("@");
        assertThat(time(row.get("jatuh_tempo"))).isEqualTo(start.plusMinutes(1));
      }
      // not due yet: not tried again
      pengirim.kirimYangJatuhTempo();
      assertThat(addresses).allSatisfy(email -> assertThat(row(email)).containsEntry("percobaan", 1));
      // each retry waits twice as long: 1, 2, 4 minutes
      OffsetDateTime now = start.plusMinutes(1);
      for (int attempt = 2; attempt <= 3; attempt++) {
        moveClockTo(now);
        pengirim.kirimYangJatuhTempo();
        for (String email : addresses) {
          assertThat(row(email)).containsEntry("percobaan", attempt).containsEntry("dikirim", null);
          assertThat(time(row(email).get("jatuh_tempo"))).isEqualTo(now.plusMinutes(1L << (attempt - 1)));
        }
        now = now.plusMinutes(1L << (attempt - 1));
      }
    } finally {
      TestMailServer.start();
    }
    // the server is back, but the mails wait for their time
    pengirim.kirimYangJatuhTempo();
    assertThat(addresses).allSatisfy(email -> assertThat(TestMailServer.receivedBy(email)).isEmpty());

    moveClockTo(start.plusMinutes(1 + 2 + 4));
    pengirim.kirimYangJatuhTempo();
    moveClockTo(start.plusDays(2));
    pengirim.kirimYangJatuhTempo();
    for (String email : addresses) {
      assertThat(TestMailServer.receivedBy(email)).hasSize(1);
      assertThat(row(email)).containsEntry("percobaan", 4).containsEntry("isi", null);
      assertThat(row(email).get("dikirim")).isNotNull();
    }
  }

  @Test
  void sendersRacingOnSeveralNodesSendEachMailOnce() throws Exception {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      addresses.add(fileWithNewAddress());
    }
    int nodes = 4;
    CyclicBarrier together = new CyclicBarrier(nodes);
    List<Callable<PengirimSurel.Putaran>> rounds = new ArrayList<>();
    for (int node = 0; node < nodes; node++) {
      // a sender of its own, as on another node, claiming two mails at a time
      PengirimSurel sender = new PengirimSurel(outbox, mail, transactionManager, "noreply@localhost", "Node " + node, 2);
      rounds.add(() -> {
        together.await(10, TimeUnit.SECONDS);
        return sender.kirimYangJatuhTempo();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    int sent = 0;
    try {
      for (Future<PengirimSurel.Putaran> round : pool.invokeAll(rounds, 60, TimeUnit.SECONDS)) {
        assertThat(round.get().gagal()).isZero();
        sent += round.get().terkirim();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(sent).isGreaterThanOrEqualTo(addresses.size());
    for (String email : addresses) {
      assertThat(TestMailServer.receivedBy(email)).as(email).hasSize(1);
      assertThat(row(email)).containsEntry("percobaan", 1);
    }
    assertThat(pengirim.kirimYangJatuhTempo().terkirim()).isZero();
  }

  @Test
  void aClaimLeftByANodeThatDiedIsSentOnceItsLeasePasses() throws Exception {
    OffsetDateTime start = MutuBaku.now();
    moveClockTo(start);
    String email = fileWithNewAddress();
    // a node claimed it and died before sending (or before recording the sending)
    jdbc.sql("UPDATE surel_keluar SET disewa_oleh = 'node-mati', disewa_sampai = ? WHERE penerima = ?")
        .params(start.plus(PengirimSurel.LEASE), email).update();

    pengirim.kirimYangJatuhTempo();
    assertThat(TestMailServer.receivedBy(email)).isEmpty();

    moveClockTo(start.plus(PengirimSurel.LEASE));
    pengirim.kirimYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();
    List<MimeMessage> received = TestMailServer.receivedBy(email);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getMessageID()).isEqualTo(row(email).get("message_id"));
  }

  @Test
  void withoutAMailServerMailsStayQueuedAndTheStartLogSaysSoOnce(CapturedOutput output) {
    String email = fileWithNewAddress();
    // spring.mail.host empty
    PengirimSurel unconfigured = new PengirimSurel(outbox, new JavaMailSenderImpl(), transactionManager,
        "noreply@localhost", "Kantor", 20);

    unconfigured.laporkanPengaturan();
    for (int round = 0; round < 3; round++) {
      assertThat(unconfigured.kirimYangJatuhTempo()).isEqualTo(new PengirimSurel.Putaran(0, 0));
    }

    assertThat(unconfigured.aktif()).isFalse();
    assertThat(row(email)).containsEntry("percobaan", 0).containsEntry("dikirim", null)
        .containsEntry("galat_terakhir", null);
    assertThat(output.getAll().split("no mail server configured", -1)).hasSize(2);
    assertThat(pengirim.aktif()).isTrue();
  }

  @Test
  void retriesWaitTwiceAsLongEachTimeUpToSixHours() {
    assertThat(PengirimSurel.backOff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(PengirimSurel.backOff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(PengirimSurel.backOff(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(PengirimSurel.backOff(9)).isEqualTo(Duration.ofMinutes(256));
    assertThat(PengirimSurel.backOff(10)).isEqualTo(Duration.ofHours(6));
    assertThat(PengirimSurel.backOff(10_000)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void anErrorIsKeptWithoutTheAddressTheServerQuoted() {
    String error = PengirimSurel.withoutAddresses(new MailSendException(
        "550 5.1.1 <rina.siregar@contoh.go.id>: Recipient address rejected; from noreply@kantor.go.id"));

    assertThat(error).startsWith("MailSendException: 550 5.1.1").doesNotContain("@", "rina");
  }
}
