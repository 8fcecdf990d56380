package id.standarpelayanan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port of the loopback, started like
 * {@link TestDatabase} with the suite's Spring context ({@code spring.mail.host/port}). A test can
 * stop it for an outage and start it again on the same port; what it received before is then gone.
 */
public final class TestMailServer {

  public static final String HOST = "127.0.0.1";

  private static GreenMail server;
  private static int port;

  private TestMailServer() {
  }

  public static synchronized int port() {
    if (server == null) {
      port = freePort();
      start();
      SpringApplication.getShutdownHandlers().add(TestMailServer::stop);
    }
    return port;
  }

  /** Starts it again (on the same port) after {@link #stop()}; no-op when it runs. */
  public static synchronized void start() {
    if (server == null || !server.isRunning()) {
      server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** The mail server goes down: connections to its port are refused. */
  public static synchronized void stop() {
    if (server != null && server.isRunning()) {
      server.stop();
    }
  }

  /** Every mail received (since the last start) with {@code address} among its recipients. */
  public static synchronized List<MimeMessage> receivedBy(String address) {
    port();
    return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
