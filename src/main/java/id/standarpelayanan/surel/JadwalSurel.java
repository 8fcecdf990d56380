package id.standarpelayanan.surel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node looks in the outbox every {@code standar-pelayanan.surel.jeda} (default 10 s; one
 * indexed query when nothing is due). Tests switch it off ({@code standar-pelayanan.surel.terjadwal:
 * false}) and call {@link PengirimSurel#kirimYangJatuhTempo()} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "standar-pelayanan.surel.terjadwal", havingValue = "true", matchIfMissing = true)
class JadwalSurel {

  private static final Logger LOG = LoggerFactory.getLogger(JadwalSurel.class);

  private final PengirimSurel pengirim;

  JadwalSurel(PengirimSurel pengirim) {
    this.pengirim = pengirim;
  }

  @Scheduled(initialDelayString = "${standar-pelayanan.surel.jeda:10s}", fixedDelayString = "${standar-pelayanan.surel.jeda:10s}")
  void kirim() {
    try {
      pengirim.kirimYangJatuhTempo();
    } catch (RuntimeException e) {
      // the database is unreachable: the rows are safe where they are, the next round tries again
      LOG.warn("Mail: outbox round failed, retried in the next round: {}", PengirimSurel.withoutAddresses(e));
    }
  }
}
