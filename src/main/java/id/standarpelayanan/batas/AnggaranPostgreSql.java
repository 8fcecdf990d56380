package id.standarpelayanan.batas;

import java.time.Duration;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Buckets in PostgreSQL's {@code batas_anggaran} (Flyway V7) through Bucket4j's proxy manager: each
 * call locks its client's row ({@code SELECT ... FOR UPDATE}), so every node behind a load balancer
 * draws on the same budget. A row expires once its bucket would be full again and is removed by
 * {@link #bersihkan()}.
 */
final class AnggaranPostgreSql implements PenyimpananAnggaran {

  static final String TABLE = "batas_anggaran";

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final JdbcClient jdbc;

  AnggaranPostgreSql(DataSource dataSource, TimeMeter clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table(TABLE).idColumn("kunci").stateColumn("keadaan").expiresAtColumn("kedaluwarsa")
        .clientClock(clock)
        // a row lock held longer than this means the database is in trouble: the call is let through
        .requestTimeout(Duration.ofSeconds(2))
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build();
  }

  @Override
  public ConsumptionProbe ambil(String key, BucketConfiguration configuration) {
    return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
  }

  @Override
  public long tunggu(String key, BucketConfiguration configuration) {
    // a missing bucket is full: look with a plain read first, as the proxy would lock and store a row
    if (jdbc.sql("SELECT count(*) FROM " + TABLE + " WHERE kunci = :key AND keadaan IS NOT NULL")
        .param("key", key).query(Long.class).single() == 0) {
      return 0;
    }
    EstimationProbe probe = buckets.builder().build(key, () -> configuration).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  @Override
  public List<String> kunci(String prefix) {
    return jdbc.sql("SELECT kunci FROM " + TABLE + " WHERE left(kunci, length(:prefix)) = :prefix"
        + " AND keadaan IS NOT NULL ORDER BY kunci")
        .param("prefix", prefix).query(String.class).list();
  }

  @Override
  public int hapus(String prefix) {
    return jdbc.sql("DELETE FROM " + TABLE + " WHERE left(kunci, length(:prefix)) = :prefix")
        .param("prefix", prefix).update();
  }

  @Override
  public void bersihkan() {
    int batch = 1000;
    while (buckets.removeExpired(batch) == batch) {
      // more expired rows than one batch: go on
    }
  }

  @Override
  public String uraian() {
    return "PostgreSQL table " + TABLE + " (Bucket4j, shared by every node on this database)";
  }
}
