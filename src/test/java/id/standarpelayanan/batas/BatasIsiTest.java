package id.standarpelayanan.batas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/**
 * Request bodies are limited per endpoint before they are parsed: a 20 MB body is refused at once
 * with 413, whether it announces its length or comes in chunks, and the server stops reading it.
 * Sent from 127.0.0.1 (exempt from throttling), so only the body limit answers.
 */
class BatasIsiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MB = 1024 * 1024;
  private static final int PIECE = 64 * 1024;

  @LocalServerPort
  private int port;

  /** What one upload gave: the answer, what the client got through before the server stopped it, and when. */
  record Unggahan(KlienLoopback.Jawaban jawaban, long written, long writtenBeforeAnswer, boolean complete) {
  }

  /** A JSON body of {@code size} bytes: {@code opening}, then spaces. */
  private static byte[] json(String opening, long size) {
    byte[] body = new byte[(int) size];
    Arrays.fill(body, (byte) ' ');
    byte[] start = opening.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, body, 0, start.length);
    return body;
  }

  /**
   * Sends {@code body}, announced by Content-Length or chunked, while reading the answer. The
   * client's send buffer is small, so what it gets written is what the server read plus the
   * kernel buffers in between; a server that stops reading and closes stops the client.
   */
  private Unggahan upload(String path, String contentType, byte[] body, boolean chunked, String... headers)
      throws Exception {
    try (Socket socket = new Socket()) {
      socket.setSendBufferSize(16 * 1024);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
          + String.join("", headers) + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      AtomicLong written = new AtomicLong();
      AtomicBoolean complete = new AtomicBoolean();
      Thread writer = new Thread(() -> {
        try {
          for (int offset = 0; offset < body.length; offset += PIECE) {
            int n = Math.min(PIECE, body.length - offset);
            if (chunked) {
              out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(body, offset, n);
            if (chunked) {
              out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            written.addAndGet(n);
          }
          if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          }
          out.flush();
          complete.set(true);
        } catch (IOException closedByServer) {
          // the server answered and closed the connection: nothing more goes through
        }
      });
      long started = System.nanoTime();
      writer.start();
      KlienLoopback.Jawaban answer = KlienLoopback.read(socket.getInputStream(), started);
      long beforeAnswer = written.get();
      writer.join(TimeUnit.SECONDS.toMillis(20));
      assertThat(writer.isAlive()).as("the client is still writing after 20 s").isFalse();
      return new Unggahan(answer, written.get(), beforeAnswer, complete.get());
    }
  }

  private static void assertTooLarge(Unggahan upload, String limit) throws Exception {
    KlienLoopback.Jawaban answer = upload.jawaban();
    assertThat(answer.status()).as(answer.body()).isEqualTo(413);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("detail").asText())
        .isEqualTo("Isi permintaan terlalu besar. Batasnya " + limit + " untuk permintaan ini.");
    assertThat(answer.nanos()).as("answered at once").isLessThan(TimeUnit.SECONDS.toNanos(3));
    assertThat(upload.complete()).as("the server stopped reading: the 20 MB never all went through").isFalse();
    System.out.printf("BATAS 413 (%s) after %d ms; the client got %d KB through before the answer, %d KB in all%n",
        limit, answer.nanos() / 1_000_000, upload.writtenBeforeAnswer() / 1024, upload.written() / 1024);
  }

  @Test
  void twentyMegabytesWithContentLengthAreRefusedBeforeOneByteIsRead() throws Exception {
    Unggahan upload = upload("/api/survei/abc", "application/json", json("{\"persyaratan\": ", 20 * MB), false);

    assertTooLarge(upload, "4 KB");
    // what the client got into the socket before the server closed it: kernel buffers, not 20 MB
    assertThat(upload.written()).isLessThan(MB);
  }

  @Test
  void twentyChunkedMegabytesAreReadOnlyUpToTheLimit() throws Exception {
    Unggahan upload = upload("/api/survei/abc", "application/json", json("{\"persyaratan\": ", 20 * MB), true);

    assertTooLarge(upload, "4 KB");
    assertThat(upload.written()).isLessThan(MB);
  }

  @Test
  void chunkedBodiesOverTheLimitsOfATanggapanAReportAndAStaffCall() throws Exception {
    byte[] body = json("{\"catatan\": \"", 20 * MB);
    assertTooLarge(upload("/api/laporan/LPR-2026-000001/tanggapan", "application/json", body, true), "32 KB");
    assertTooLarge(upload("/api/laporan", "application/json; charset=UTF-8", body, true), "64 KB");
    String password = TestUsers.ensure(processEngine.getIdentityService(), "batasOperator", "operator");
    String login = "Authorization: Basic " + Base64.getEncoder().encodeToString(("batasOperator:" + password)
        .getBytes(StandardCharsets.UTF_8)) + "\r\n";
    assertTooLarge(upload("/api/panggilan", "application/json", body, true, login), "1 MB");
  }

  /** Eight attachments of 4 MB, each under the 5 MB of one, together 32 MB, twice the 16 MB of a filing. */
  private static byte[] eightAttachments(String boundary) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] content = new byte[(int) (4 * MB)];
    Arrays.fill(content, (byte) 'x');
    for (int i = 0; i < 8; i++) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lampiran\"; filename=\"" + i
          + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return body.toByteArray();
  }

  @Test
  void aMultipartFilingStopsAtSixteenMegabytes() throws Exception {
    byte[] body = eightAttachments("batas-uji");
    String type = "multipart/form-data; boundary=batas-uji";

    Unggahan withLength = upload("/api/laporan", type, body, false);
    assertTooLarge(withLength, "16 MB");
    assertThat(withLength.written()).isLessThan(MB);

    Unggahan chunked = upload("/api/laporan", type, body, true);
    assertTooLarge(chunked, "16 MB");
    // Tomcat stops reading at 16 MB; what the client still gets into the socket after that is what
    // the loopback's kernel buffers hold (up to a few MB), never the rest of the 32 MB
    assertThat(chunked.written()).as("Tomcat stops reading at 16 MB").isLessThan(24 * MB);
  }

  @Test
  void aBodyWithinTheLimitIsParsedAsBefore() throws Exception {
    KlienLoopback client = new KlienLoopback("127.0.0.1", port);
    String padded = "{\"persyaratan\": 9" + " ".repeat(4000) + "}";
    KlienLoopback.Jawaban answer = client.postJson("/api/survei/abc", padded);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).path("field").asText()).isEqualTo("persyaratan");
  }
}
