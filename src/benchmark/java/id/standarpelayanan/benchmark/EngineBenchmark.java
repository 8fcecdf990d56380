package id.standarpelayanan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.audit.DurasiTugasExport;
import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.mutubaku.Pelanggaran;

/**
 * Figures, not pass/fail thresholds alone: each benchmark prints what it measured. Runs with the job
 * executor on, as in production (the test suite fires timers itself).
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineBenchmark extends IntegrationTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private BreachLog breaches;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private DurasiTugasExport export;

  @Test
  @Order(1)
  void loneTimerLatenessOnAnIdleNode() throws Exception {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
    long deadline = System.currentTimeMillis() + 90_000;
    List<Pelanggaran> recorded = List.of();
    while (recorded.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      recorded = breaches.findByProcessInstance(pi);
    }
    assertThat(recorded).isNotEmpty();
    Duration late = Duration.between(recorded.get(0).dueTime(), recorded.get(0).firedTime());
    System.out.printf("BENCHMARK lone 1-minute timer fired %d ms after its due date%n", late.toMillis());
  }

  @Test
  @Order(2)
  void aMorningWhenFiveHundredStandardsLapseTogether() throws Exception {
    List<String> calls = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      calls.add(runtime.startProcessInstanceByKey("penerimaanTelepon",
          Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId());
    }
    long before = count(calls);
    // every pick-up timer is now due at once
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(61)));
    long started = System.nanoTime();
    long deadline = System.currentTimeMillis() + 300_000;
    while (count(calls) - before < 500 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long fired = count(calls) - before;
    System.out.printf("BENCHMARK 500 due timers: %d breaches recorded in %.1f s (%.0f timers/s)%n",
        fired, seconds, fired / seconds);
    assertThat(fired).isEqualTo(500);
  }

  private long count(List<String> processInstances) {
    return jdbc.sql("SELECT COUNT(*) FROM pelanggaran_mutu_baku WHERE process_instance_id IN (:ids)")
        .param("ids", processInstances).query(Long.class).single();
  }

  @Test
  @Order(3)
  void aMillionRowExportAsCsvAndXlsx() throws Exception {
    jdbc.sql("""
        INSERT INTO ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, TASK_DEF_KEY_, NAME_,
          START_TIME_, END_TIME_, DUE_DATE_)
        SELECT 'bench-' || n, 'penerimaanTelepon', 'penerimaanTelepon:0:bench', 'bench-pi', 'terimaPanggilan',
          'Terima panggilan', TIMESTAMP '2033-01-01 01:00:00' + n * INTERVAL '2 second',
          TIMESTAMP '2033-01-01 01:00:10' + n * INTERVAL '2 second', TIMESTAMP '2033-01-01 01:01:00' + n * INTERVAL '2 second'
        FROM generate_series(1, 1000000) AS n""").update();
    try {
      DurasiTugasExport.Filter year = new DurasiTugasExport.Filter(LocalDate.of(2033, 1, 1), LocalDate.of(2033, 12, 31), null);
      measure("CSV", out -> export.writeCsv(year, out));
      measure("XLSX", out -> export.writeXlsx(year, out));
    } finally {
      jdbc.sql("DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE 'bench-%'").update();
    }
  }

  interface Writing {
    void to(OutputStream out) throws Exception;
  }

  private static void measure(String format, Writing writing) throws Exception {
    System.gc();
    long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long[] bytes = {0};
    long[] peak = {heapBefore};
    OutputStream sink = new OutputStream() {
      @Override
      public void write(int b) {
        count(1);
      }

      @Override
      public void write(byte[] buffer, int offset, int length) {
        count(length);
      }

      private void count(int n) {
        long previous = bytes[0];
        bytes[0] += n;
        if (previous / 20_000_000 != bytes[0] / 20_000_000) {
          System.gc();
          peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
      }
    };
    long started = System.nanoTime();
    writing.to(sink);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("BENCHMARK export of 1,000,000 rows as %s: %d MB in %.1f s, heap growth after GC %d MB%n",
        format, bytes[0] / 1_000_000, seconds, (peak[0] - heapBefore) / 1_000_000);
  }
}
