package id.standarpelayanan.nomor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.mutubaku.MutuBaku;

/** Register numbers on PostgreSQL: unique and gap-free under concurrency, per year in WIB. */
class NomorUrutTest extends IntegrationTest {

  @Autowired
  private NomorUrut nomorUrut;

  @Test
  void concurrentCallersNeverGetTheSameNumber() throws Exception {
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        futures.add(pool.submit((Callable<Void>) () -> {
          for (int i = 0; i < 25; i++) {
            numbers.add(nomorUrut.next("UJI"));
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(numbers).hasSize(200);
    int year = ZonedDateTime.now(MutuBaku.WIB).getYear();
    assertThat(numbers).contains(String.format("UJI-%d-%06d", year, 1), String.format("UJI-%d-%06d", year, 200));
  }

  @Test
  void theYearTurnsAtMidnightInJakartaNotInUtc() {
    // 31 Dec 2027 17:30 UTC is already 1 Jan 2028 00:30 WIB
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2028, 1, 1, 0, 30, 0, 0, MutuBaku.WIB).toInstant()));

    assertThat(nomorUrut.next("TAHUN")).isEqualTo("TAHUN-2028-000001");
    assertThat(nomorUrut.next("TAHUN")).isEqualTo("TAHUN-2028-000002");
  }
}
