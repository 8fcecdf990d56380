package id.standarpelayanan.batas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Buckets in this node's memory, for the H2 database of {@code mvn spring-boot:run}: Bucket4j has
 * no H2 store, and H2 here serves one node only. Two nodes need PostgreSQL, where the budgets are
 * shared ({@link AnggaranPostgreSql}).
 */
final class AnggaranLokal implements PenyimpananAnggaran {

  private static final int MAX_CLIENTS = 100_000;

  private record Entry(Bucket bucket, long capacity) {
  }

  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
  private final TimeMeter clock;

  AnggaranLokal(TimeMeter clock) {
    this.clock = clock;
  }

  @Override
  public ConsumptionProbe ambil(String key, BucketConfiguration configuration) {
    if (buckets.size() > MAX_CLIENTS) {
      bersihkan();
    }
    return buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder()
        .addLimit(configuration.getBandwidths()[0]).withCustomTimePrecision(clock).build(),
        configuration.getBandwidths()[0].getCapacity()))
        .bucket().tryConsumeAndReturnRemaining(1);
  }

  @Override
  public void bersihkan() {
    buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
  }

  @Override
  public String uraian() {
    return "memory of this node only (H2 has no shared Bucket4j store; run more than one node on PostgreSQL)";
  }
}
