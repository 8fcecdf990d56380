package id.standarpelayanan.batas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
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
    return buckets.computeIfAbsent(key, k -> entry(configuration)).bucket().tryConsumeAndReturnRemaining(1);
  }

  private Entry entry(BucketConfiguration configuration) {
    io.github.bucket4j.local.LocalBucketBuilder builder = Bucket.builder();
    long capacity = Long.MAX_VALUE;
    for (io.github.bucket4j.Bandwidth limit : configuration.getBandwidths()) {
      builder.addLimit(limit);
      capacity = Math.min(capacity, limit.getCapacity());
    }
    return new Entry(builder.withCustomTimePrecision(clock).build(), capacity);
  }

  @Override
  public long tunggu(String key, BucketConfiguration configuration) {
    Entry entry = buckets.get(key);
    if (entry == null) {
      return 0;
    }
    EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  @Override
  public List<String> kunci(String prefix) {
    return buckets.keySet().stream().filter(key -> key.startsWith(prefix)).sorted().toList();
  }

  @Override
  public int hapus(String prefix) {
    List<String> keys = kunci(prefix);
    keys.forEach(buckets::remove);
    return keys.size();
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
