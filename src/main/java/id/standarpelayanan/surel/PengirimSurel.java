package id.standarpelayanan.surel;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.mutubaku.MutuBaku;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the outbox ({@link SurelKeluar}) through Spring Boot's {@link JavaMailSender}
 * ({@code spring.mail.*}). Every node runs it ({@link JadwalSurel}); a round claims due rows for a
 * lease of {@link #LEASE}, sends them one by one outside any transaction and records each result:
 * <ul>
 * <li>sent: marked at once, its text emptied;</li>
 * <li>failed: the row stays, with its attempts, last error and the next attempt after a back-off
 * that doubles from {@link #FIRST_RETRY} up to {@link #MAX_RETRY}, and is retried for as long as
 * it takes (a mail is never given up, so never lost);</li>
 * <li>the mail server unreachable (or refusing our login): the whole claim fails at once, so an
 * outage costs one connection attempt per round, not one per mail.</li>
 * </ul>
 *
 * <p>Exactly once, and where it is only at least once: two senders never hold the same row (the
 * claim skips rows another sender holds), and a row is marked sent right after the server has
 * accepted it. If the node dies, or the database is unreachable, in the short window between the
 * server's acceptance and that mark, the row stays claimed until its lease passes and is then sent
 * again: the reporter receives the mail twice, both copies with the same Message-ID (fixed when the
 * row was written), by which mail clients and servers can recognise the second as a copy. The same
 * happens if a node stalls (a pause of its JVM or machine) for longer than the lease while it holds
 * a claim. A round stops sending once half the lease is used, and the JavaMail timeouts of
 * {@code application.yaml} bound each send, so a slow server does not make a lease pass mid-send.
 *
 * <p>Without a mail server ({@code spring.mail.host} not set, the default of
 * {@code mvn spring-boot:run}) nothing is sent, the rows wait, and the start log says so once.
 */
@Component
public class PengirimSurel {

  private static final Logger LOG = LoggerFactory.getLogger(PengirimSurel.class);

  static final Duration LEASE = Duration.ofMinutes(10);
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY = Duration.ofHours(6);
  /** Anything shaped like an address in an error text (servers quote the rejected recipient). */
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'");

  /** What one round did. */
  public record Putaran(int terkirim, int gagal) {
  }

  private final SurelKeluar outbox;
  private final JavaMailSender mail;
  private final TransactionTemplate transaction;
  private final InternetAddress from;
  private final int perClaim;

  @Autowired
  public PengirimSurel(SurelKeluar outbox, ObjectProvider<JavaMailSender> mail,
      PlatformTransactionManager transactionManager,
      @Value("${standar-pelayanan.surel.alamat-pengirim}") String alamatPengirim,
      @Value("${standar-pelayanan.nama-instansi}") String namaInstansi,
      @Value("${standar-pelayanan.surel.per-klaim:20}") int perClaim) {
    this(outbox, mail.getIfAvailable(), transactionManager, alamatPengirim, namaInstansi, perClaim);
  }

  /** {@code mail} null: no mail server configured. */
  PengirimSurel(SurelKeluar outbox, JavaMailSender mail, PlatformTransactionManager transactionManager,
      String alamatPengirim, String namaInstansi, int perClaim) {
    this.outbox = outbox;
    this.mail = mail;
    this.transaction = new TransactionTemplate(transactionManager);
    this.perClaim = perClaim;
    try {
      this.from = new InternetAddress(alamatPengirim.strip(), namaInstansi, "UTF-8");
      this.from.validate();
    } catch (UnsupportedEncodingException | MessagingException e) {
      throw new IllegalStateException("standar-pelayanan.surel.alamat-pengirim is not a mail address", e);
    }
  }

  /** Whether a mail server is configured ({@code spring.mail.host}). */
  public boolean aktif() {
    return mail != null && !(mail instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank()));
  }

  @EventListener(ApplicationReadyEvent.class)
  public void laporkanPengaturan() {
    if (!aktif()) {
      LOG.warn("Mail: no mail server configured (spring.mail.host, env SPRING_MAIL_HOST): mails to reporters "
          + "stay queued in table surel_keluar ({} waiting) and are sent once a server is configured", outbox.menunggu());
    } else if (mail instanceof JavaMailSenderImpl impl) {
      LOG.info("Mail: the outbox is sent through {}:{} from {}", impl.getHost(), impl.getPort(), from.getAddress());
    }
  }

  /**
   * Sends every mail due now, claim by claim, until none is due or the server fails; the
   * scheduler calls it on every node, tests call it directly.
   */
  public Putaran kirimYangJatuhTempo() {
    int sent = 0;
    int failed = 0;
    if (!aktif()) {
      return new Putaran(0, 0);
    }
    while (true) {
      String token = UUID.randomUUID().toString();
      OffsetDateTime now = MutuBaku.now();
      long started = System.nanoTime();
      List<SurelKeluar.Antrean> claim = transaction.execute(
          status -> outbox.klaim(token, now, now.plus(LEASE), perClaim));
      if (claim.isEmpty()) {
        return new Putaran(sent, failed);
      }
      for (int i = 0; i < claim.size(); i++) {
        SurelKeluar.Antrean row = claim.get(i);
        if (Duration.ofNanos(System.nanoTime() - started).compareTo(LEASE.dividedBy(2)) > 0) {
          claim.subList(i, claim.size()).forEach(rest -> outbox.lepaskan(rest, token));
          return new Putaran(sent, failed);
        }
        try {
          send(row);
        } catch (RuntimeException | MessagingException e) {
          // a MailException, or anything this one mail provokes: the mail stays and is tried again
          String error = withoutAddresses(e);
          OffsetDateTime next = nextAttempt(row);
          if (serverUnreachable(e)) {
            List<SurelKeluar.Antrean> rest = claim.subList(i, claim.size());
            rest.forEach(unsent -> outbox.tandaiGagal(unsent, token, nextAttempt(unsent), error));
            LOG.warn("Mail: server unreachable, {} mails wait (mail {} again at {}): {}", rest.size(), row.id(),
                TIME.format(next), error);
            return new Putaran(sent, failed + rest.size());
          }
          outbox.tandaiGagal(row, token, next, error);
          LOG.warn("Mail {} ({} {}) not sent, attempt {}, again at {}: {}", row.id(), row.jenis(), row.rujukan(),
              row.percobaan() + 1, TIME.format(next), error);
          failed++;
          continue;
        }
        if (!outbox.tandaiTerkirim(row, MutuBaku.now())) {
          LOG.warn("Mail {} ({} {}) was sent by another sender too, after this one's claim had lapsed; "
              + "both copies carry Message-ID {}", row.id(), row.jenis(), row.rujukan(), row.messageId());
        }
        sent++;
      }
      if (claim.size() < perClaim) {
        return new Putaran(sent, failed);
      }
    }
  }

  private void send(SurelKeluar.Antrean row) throws MessagingException {
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(row.penerima());
    helper.setSubject(row.subjek());
    helper.setText(row.isi(), false);
    // JavaMailSenderImpl keeps an explicit Message-ID instead of generating one per attempt
    message.setHeader("Message-ID", row.messageId());
    // RFC 3834: no vacation or out-of-office replies to an automatic mail
    message.setHeader("Auto-Submitted", "auto-generated");
    mail.send(message);
  }

  /** After the n-th failed attempt: 1, 2, 4, 8 … minutes, at most {@link #MAX_RETRY}. */
  static Duration backOff(int attempts) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
  }

  private static OffsetDateTime nextAttempt(SurelKeluar.Antrean row) {
    return MutuBaku.now().plus(backOff(row.percobaan() + 1));
  }

  /** The server, not this mail, is at fault: it cannot be reached or refuses our login. */
  private static boolean serverUnreachable(Throwable e) {
    if (e instanceof MailAuthenticationException) {
      return true;
    }
    // a MessagingException's cause is its next exception (Jakarta Mail 2)
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
          || cause.getClass().getSimpleName().equals("MailConnectException")) {
        return true;
      }
      if (cause instanceof MailSendException failed
          && failed.getMessageExceptions().length > 0 && serverUnreachable(failed.getMessageExceptions()[0])) {
        return true;
      }
    }
    return false;
  }

  /** The error for the log and the row, without any address in it, at most 1000 characters. */
  static String withoutAddresses(Exception e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      text.append(": ").append(e.getMessage());
    }
    String clean = ADDRESS.matcher(text).replaceAll("<alamat>").replaceAll("\\s+", " ");
    return clean.length() > 1000 ? clean.substring(0, 1000) : clean;
  }
}
