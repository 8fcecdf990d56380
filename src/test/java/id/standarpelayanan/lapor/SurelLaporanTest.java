package id.standarpelayanan.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestMailServer;
import id.standarpelayanan.surel.PengirimSurel;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The reporter's mails (filed, answered, closed) through the outbox to a real SMTP server
 * (GreenMail in this JVM): each exactly once, only with an address, only when its step commits.
 */
@ExtendWith(OutputCaptureExtension.class)
class SurelLaporanTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final Pattern KODE = Pattern.compile("Kode akses\\s*:\\s*(\\S+)");

  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private PengirimSurel pengirim;
  @Autowired
  private TransactionTemplate transaction;
  @Autowired
  private PenerimaanLaporan penerimaan;

  /** An address no other test uses, so the server's mails to it are this test's. */
  private static String newAddress() {
    return "pelapor-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.go.id";
  }

  private static String withEmail(String email) {
    return """
        {"judul": "Loket tutup lebih awal", "isi": "Pukul 13.00 sudah tutup", "kategori": "PENGADUAN",
         "anonim": false, "rahasia": true, "nama": "Rina Siregar", "email": "%s"}""".formatted(email);
  }

  private static HttpEntity<String> json(String code, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (code != null) {
      headers.set("X-Kode-Akses", code);
    }
    return new HttpEntity<>(body, headers);
  }

  /** Number and access code. */
  private String[] file(String body) {
    ResponseEntity<Map<String, Object>> response = citizen.exchange("/api/laporan", HttpMethod.POST,
        json(null, body), JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new String[] {(String) response.getBody().get("nomor"), (String) response.getBody().get("kodeAkses")};
  }

  private ResponseEntity<Map<String, Object>> track(String nomor, String code) {
    return citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, json(code, null), JSON);
  }

  private List<Map<String, Object>> outbox(String nomor) {
    return jdbc.sql("SELECT * FROM surel_keluar WHERE rujukan = ? ORDER BY id").param(nomor).query().listOfRows();
  }

  private static String text(MimeMessage mail) throws Exception {
    return ((String) mail.getContent()).replace("\r\n", "\n");
  }

  private String pi(String nomor) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
  }

  /** To the last step, tindakLanjutEselon1, as LaporanApiTest walks it. */
  private void toTheAnswer(String pi) {
    complete(pi, Map.of("laporanDiterima", true));
    complete(pi, Map.of("instansiTujuan", "Pemko Medan"));
    complete(pi, Map.of("disposisiDiterima", true));
    complete(pi, Map.of("sesuaiKewenangan", true));
    complete(pi, Map.of("unitEselon1", "Inspektorat"));
    complete(pi, Map.of("responAwal", "Ditelaah"));
    complete(pi, Map.of("kewenangan", "ESELON1"));
  }

  private void complete(String pi, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), variables);
  }

  @Test
  void aFiledReportIsMailedOnceWithItsNumberAndTheCodeThatOpensIt() throws Exception {
    String email = newAddress();
    String[] report = file(withEmail(email));

    // queued with the filing, sent only by the sender
    assertThat(outbox(report[0])).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("jenis", "LAPORAN_DITERIMA").containsEntry("penerima", email).containsEntry("dikirim", null));
    assertThat(TestMailServer.receivedBy(email)).isEmpty();
    pengirim.kirimYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();

    List<MimeMessage> received = TestMailServer.receivedBy(email);
    assertThat(received).hasSize(1);
    MimeMessage mail = received.get(0);
    assertThat(mail.getSubject()).isEqualTo("Laporan " + report[0] + " telah diterima");
    assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Balai Kekarantinaan Kesehatan Kelas I Banten");
    assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    String body = text(mail);
    assertThat(body).contains("Yth. Rina Siregar", report[0], "Loket tutup lebih awal", " WIB",
        "http://localhost:8080/lapor/lacak#nomor=" + report[0] + "&kode=" + report[1]);
    Matcher code = KODE.matcher(body);
    assertThat(code.find()).isTrue();
    assertThat(code.group(1)).isEqualTo(report[1]);
    // the code in the mail is the reporter's key
    ResponseEntity<Map<String, Object>> tracked = track(report[0], code.group(1));
    assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tracked.getBody()).containsEntry("status", "DITERIMA");

    // sent: the row proves it (recipient, subject, Message-ID, time, digest), the code is gone from it
    Map<String, Object> row = outbox(report[0]).get(0);
    assertThat(row.get("dikirim")).isNotNull();
    assertThat(row).containsEntry("isi", null).containsEntry("percobaan", 1)
        .containsEntry("message_id", mail.getMessageID()).containsEntry("isi_sha256", sha256(body));
    assertThat(row.values()).noneMatch(value -> String.valueOf(value).replace("-", "").contains(report[1].replace("-", "")));
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theAnswerAndTheClosingAreMailedOnceEachTheClosingWithTheSurveyLink() throws Exception {
    String email = newAddress();
    String[] report = file(withEmail(email));
    toTheAnswer(pi(report[0]));
    complete(pi(report[0]), Map.of("jawaban", "Jam layanan kembali sampai pukul 15.00"));
    pengirim.kirimYangJatuhTempo();

    List<MimeMessage> afterAnswer = TestMailServer.receivedBy(email);
    assertThat(afterAnswer).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "Laporan " + report[0] + " telah diterima", "Laporan " + report[0] + " telah dijawab");
    MimeMessage answer = afterAnswer.stream().filter(m -> subject(m).endsWith("dijawab")).findFirst().orElseThrow();
    assertThat(text(answer)).contains("Jam layanan kembali sampai pukul 15.00", "kode akses",
        "http://localhost:8080/lapor/lacak#nomor=" + report[0] + "\n").doesNotContain(report[1]);

    ResponseEntity<Map<String, Object>> responded = citizen.exchange("/api/laporan/" + report[0] + "/tanggapan",
        HttpMethod.POST, json(report[1], "{\"puas\": true}"), JSON);
    assertThat(responded.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    pengirim.kirimYangJatuhTempo();

    List<MimeMessage> all = TestMailServer.receivedBy(email);
    assertThat(all).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "Laporan " + report[0] + " telah diterima", "Laporan " + report[0] + " telah dijawab",
        "Laporan " + report[0] + " telah ditutup");
    String survey = (String) track(report[0], report[1]).getBody().get("survei");
    assertThat(survey).startsWith("/survei/");
    MimeMessage closed = all.stream().filter(m -> subject(m).endsWith("ditutup")).findFirst().orElseThrow();
    assertThat(text(closed)).contains("Terima kasih atas tanggapan Anda", "http://localhost:8080" + survey);
    assertThat(outbox(report[0])).extracting(row -> row.get("jenis"))
        .containsExactly("LAPORAN_DITERIMA", "LAPORAN_DIJAWAB", "LAPORAN_DITUTUP");
    assertThat(outbox(report[0])).allSatisfy(row -> assertThat(row.get("dikirim")).isNotNull());
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aReporterWhoIsNotSatisfiedIsMailedTheNextAnswerToo() throws Exception {
    String email = newAddress();
    String[] report = file(withEmail(email));
    String pi = pi(report[0]);
    toTheAnswer(pi);
    complete(pi, Map.of("jawaban", "Jawaban pertama"));
    citizen.exchange("/api/laporan/" + report[0] + "/tanggapan", HttpMethod.POST,
        json(report[1], "{\"puas\": false, \"catatan\": \"Belum jelas\"}"), JSON);
    complete(pi, Map.of("jawaban", "Jawaban kedua"));
    pengirim.kirimYangJatuhTempo();

    List<String> answers = new java.util.ArrayList<>();
    for (MimeMessage mail : TestMailServer.receivedBy(email)) {
      if (subject(mail).endsWith("dijawab")) {
        answers.add(text(mail));
      }
    }
    assertThat(answers).hasSize(2);
    assertThat(answers).anySatisfy(body -> assertThat(body).contains("Jawaban pertama"))
        .anySatisfy(body -> assertThat(body).contains("Jawaban kedua"));
  }

  @Test
  void aReportNotAnsweredWithinTenWorkingDaysIsClosedByTheSystemAndSaysSo() throws Exception {
    String email = newAddress();
    String[] report = file(withEmail(email));
    String pi = pi(report[0]);
    toTheAnswer(pi);
    complete(pi, Map.of("jawaban", "Sudah diperbaiki"));
    var timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi).timers()
        .activityId("sepuluhHariKerja").singleResult();
    processEngine.getManagementService().executeJob(timer.getId());
    pengirim.kirimYangJatuhTempo();

    MimeMessage closed = TestMailServer.receivedBy(email).stream().filter(m -> subject(m).endsWith("ditutup"))
        .findFirst().orElseThrow();
    assertThat(text(closed)).contains("tidak ada tanggapan", "/survei/");
  }

  @Test
  void anAnonymousReportOrOneWithoutAnAddressIsNeverMailed() {
    String[] anonymous = file("""
        {"judul": "Antrean", "isi": "Lama", "kategori": "ASPIRASI", "anonim": true}""");
    String[] byPhone = file("""
        {"judul": "Antrean", "isi": "Lama", "kategori": "ASPIRASI", "anonim": false, "nama": "Budi",
         "telepon": "0812-7777-0002"}""");
    for (String[] report : List.of(anonymous, byPhone)) {
      toTheAnswer(pi(report[0]));
      complete(pi(report[0]), Map.of("jawaban", "Ditindaklanjuti"));
      citizen.exchange("/api/laporan/" + report[0] + "/tanggapan", HttpMethod.POST,
          json(report[1], "{\"puas\": true}"), JSON);
      assertThat(track(report[0], report[1]).getBody()).containsEntry("status", "DITUTUP");
      assertThat(outbox(report[0])).isEmpty();
    }
  }

  @Test
  void aStepThatRollsBackTakesItsMailWithIt() {
    String email = newAddress();
    String[] report = file(withEmail(email));
    String pi = pi(report[0]);
    toTheAnswer(pi);
    String lastTask = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();

    // the answer is given, its mail queued, and the transaction then fails
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      tasks.complete(lastTask, Map.of("jawaban", "Jawaban yang batal"));
      assertThat(outbox(report[0])).extracting(row -> row.get("jenis")).contains("LAPORAN_DIJAWAB");
      throw new IllegalStateException("the step fails after the status was set");
    })).hasMessageContaining("the step fails");

    assertThat(outbox(report[0])).extracting(row -> row.get("jenis")).containsExactly("LAPORAN_DITERIMA");
    assertThat(tasks.createTaskQuery().taskId(lastTask).count()).isOne();
    assertThat(track(report[0], report[1]).getBody()).containsEntry("status", "DITINDAKLANJUTI");
    pengirim.kirimYangJatuhTempo();
    assertThat(TestMailServer.receivedBy(email)).extracting(SurelLaporanTest::subject)
        .containsExactly("Laporan " + report[0] + " telah diterima");

    // a filing that rolls back leaves no mail either
    String other = newAddress();
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      penerimaan.terima(new LaporanBaru("Batal", "Batal", "PENGADUAN", false, false, "Rina", null, other, false),
          "WEB", Map.of());
      throw new IllegalStateException("the filing fails after the intake");
    })).hasMessageContaining("the filing fails");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM surel_keluar WHERE penerima = ?").param(other).query(Long.class).single())
        .isZero();
  }

  @Test
  void theReportersAddressAndNameNeverReachTheLog(CapturedOutput output) {
    String email = newAddress();
    String[] report = file(withEmail(email));
    TestMailServer.stop();
    try {
      pengirim.kirimYangJatuhTempo();
    } finally {
      TestMailServer.start();
    }
    assertThat(outbox(report[0]).get(0).get("galat_terakhir")).asString().isNotBlank().doesNotContain("@");
    // and once the server is back and the mail sent
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofMinutes(2))));
    pengirim.kirimYangJatuhTempo();
    assertThat(TestMailServer.receivedBy(email)).hasSize(1);
    assertThat(output.getAll()).doesNotContain(email, "Rina Siregar", report[1]);
  }
}
