package id.standarpelayanan.batas;

import java.net.InetAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Each client's budget per kind of public call (token buckets, Bucket4j). A client over budget is
 * remembered on this node until its bucket holds a token again, so a flood costs the database one
 * look-up per refill instead of one per request; that is exact, as other nodes can only take
 * tokens, never add them.
 */
public class AnggaranKlien {

  private static final Logger LOG = LoggerFactory.getLogger(AnggaranKlien.class);
  private static final int MAX_REMEMBERED = 100_000;

  /**
   * The engine clock ({@code ClockUtil}): the system clock in production; tests move it to let a
   * budget refill without waiting.
   */
  static final TimeMeter ENGINE_CLOCK = new TimeMeter() {
    @Override
    public long currentTimeNanos() {
      return TimeUnit.MILLISECONDS.toNanos(ClockUtil.getCurrentTime().getTime());
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  };

  /**
   * Allowed, or refused with the whole seconds to wait ({@code Retry-After}); {@code berulang}: the
   * client was refused before and has not waited (answered from this node's memory); {@code klien}:
   * the client's key.
   */
  public record Keputusan(boolean diizinkan, long tungguDetik, boolean berulang, String klien) {
    static final Keputusan IZINKAN = new Keputusan(true, 0, false, null);
  }

  private record Aturan(String prefix, BucketConfiguration configuration) {
  }

  private final boolean aktif;
  private final AlamatKlien alamat;
  private final PenyimpananAnggaran penyimpanan;
  private final Map<JenisPanggilan, Aturan> aturan = new EnumMap<>(JenisPanggilan.class);
  private final Map<String, Long> habisSampai = new ConcurrentHashMap<>();
  private final AtomicLong lastStoreWarning = new AtomicLong();

  AnggaranKlien(BatasProperties properties, PenyimpananAnggaran penyimpanan) {
    this.aktif = properties.aktif();
    this.alamat = new AlamatKlien(properties.kecuali());
    this.penyimpanan = penyimpanan;
    for (JenisPanggilan jenis : JenisPanggilan.values()) {
      BatasProperties.Anggaran anggaran = properties.anggaran(jenis);
      BucketConfiguration configuration = BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(anggaran.kapasitas())
              .refillGreedy(anggaran.isiUlang(), anggaran.periode()).build())
          .build();
      // the budget's settings are part of the key: changed settings start with fresh buckets
      // instead of mixing with buckets stored under the old ones
      String prefix = jenis.key() + "/" + anggaran.kapasitas() + "+" + anggaran.isiUlang() + "per"
          + anggaran.periode().toSeconds() + "s/";
      aturan.put(jenis, new Aturan(prefix, configuration));
    }
    LOG.info("Public calls throttled per client: {}; budgets {}; exempt {}; buckets in the {}",
        aktif ? "on" : "OFF (standar-pelayanan.batas.aktif=false)", budgets(properties), alamat,
        penyimpanan.uraian());
  }

  private static String budgets(BatasProperties properties) {
    StringBuilder text = new StringBuilder();
    for (JenisPanggilan jenis : JenisPanggilan.values()) {
      BatasProperties.Anggaran anggaran = properties.anggaran(jenis);
      text.append(text.length() == 0 ? "" : ", ").append(jenis.key()).append(' ').append(anggaran.kapasitas())
          .append(" then ").append(anggaran.isiUlang()).append(" per ").append(anggaran.periode());
    }
    return text.toString();
  }

  /** Takes one call of {@code jenis} from the budget of the client at {@code remoteAddr}. */
  public Keputusan ambil(JenisPanggilan jenis, String remoteAddr) {
    if (!aktif) {
      return Keputusan.IZINKAN;
    }
    InetAddress address = AlamatKlien.parse(remoteAddr);
    if (alamat.exempt(address)) {
      return Keputusan.IZINKAN;
    }
    Aturan rule = aturan.get(jenis);
    String client = AlamatKlien.key(remoteAddr, address);
    String key = rule.prefix() + client;
    long now = ENGINE_CLOCK.currentTimeNanos();
    Long until = habisSampai.get(key);
    if (until != null) {
      if (now < until) {
        return refused(until - now, true, client);
      }
      habisSampai.remove(key, until);
    }
    ConsumptionProbe probe;
    try {
      probe = penyimpanan.ambil(key, rule.configuration());
    } catch (RuntimeException storeFailed) {
      // the public calls need the same database: when it fails they fail anyway, and a citizen
      // should not be refused for a fault of ours
      long last = lastStoreWarning.get();
      if (now - last > TimeUnit.MINUTES.toNanos(1) && lastStoreWarning.compareAndSet(last, now)) {
        LOG.warn("Throttling store failed, public calls let through unthrottled: {}", storeFailed.toString());
      }
      return Keputusan.IZINKAN;
    }
    if (probe.isConsumed()) {
      return Keputusan.IZINKAN;
    }
    if (habisSampai.size() > MAX_REMEMBERED) {
      habisSampai.entrySet().removeIf(entry -> entry.getValue() <= now);
      if (habisSampai.size() > MAX_REMEMBERED) {
        // only a shortcut: forgetting sends these clients to the store again, which knows
        habisSampai.clear();
      }
    }
    habisSampai.put(key, now + probe.getNanosToWaitForRefill());
    return refused(probe.getNanosToWaitForRefill(), false, client);
  }

  private static Keputusan refused(long nanos, boolean again, String client) {
    long seconds = Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    return new Keputusan(false, seconds, again, client);
  }

  /** Drops expired buckets from the store and forgets clients whose wait is over. */
  void bersihkan() {
    long now = ENGINE_CLOCK.currentTimeNanos();
    habisSampai.entrySet().removeIf(entry -> entry.getValue() <= now);
    penyimpanan.bersihkan();
  }
}
