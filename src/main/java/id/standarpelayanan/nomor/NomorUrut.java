package id.standarpelayanan.nomor;

import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Human-readable numbers such as {@code TLP-2026-000123}, counted per kind and year (WIB) in the
 * database. The row lock of the counter keeps numbers unique with several application nodes on
 * one database; the counter runs in its own short transaction so it never blocks a long one.
 */
@Component
public class NomorUrut {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  public NomorUrut(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of {@code jenis} (2 to 16 capital letters) in the engine clock's current year. */
  public String next(String jenis) {
    int year = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), MutuBaku.WIB).getYear();
    long value = nextValue(jenis, year);
    return String.format("%s-%d-%06d", jenis, year, value);
  }

  long nextValue(String jenis, int year) {
    for (int attempt = 0; ; attempt++) {
      Long value = ownTransaction.execute(status -> {
        Long incremented = increment(jenis, year);
        if (incremented == null) {
          status.setRollbackOnly();
        }
        return incremented;
      });
      if (value != null) {
        return value;
      }
      if (attempt > 3) {
        throw new IllegalStateException("cannot allocate a number for " + jenis + " " + year);
      }
    }
  }

  /** Increments the counter, creating it on first use; null when another node created it first. */
  private Long increment(String jenis, int year) {
    int updated = jdbc.sql("UPDATE nomor_urut SET nilai = nilai + 1 WHERE jenis = ? AND tahun = ?")
        .params(jenis, year).update();
    if (updated == 0) {
      try {
        jdbc.sql("INSERT INTO nomor_urut (jenis, tahun, nilai) VALUES (?, ?, 1)")
            .params(jenis, year).update();
      } catch (DuplicateKeyException createdConcurrently) {
        return null;
      }
    }
    return jdbc.sql("SELECT nilai FROM nomor_urut WHERE jenis = ? AND tahun = ?")
        .params(jenis, year).query(Long.class).single();
  }
}
