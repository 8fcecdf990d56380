package id.standarpelayanan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TaskHistoryRows;

/**
 * A million task instances (made directly in the history table, in 2032 where no other test works)
 * leave as CSV while the heap stays flat: the export never holds more than the cursor's page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MillionRowExportTest extends IntegrationTest {

  static final int ROWS = 1_000_000;

  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private DurasiTugasExport export;

  @BeforeAll
  void aMillionTaskInstances() {
    TaskHistoryRows.insert(jdbc, ROWS);
  }

  @AfterAll
  void removeThem() {
    TaskHistoryRows.remove(jdbc);
  }

  /** Counts what it is given and keeps nothing; samples the heap every 100,000 rows. */
  static final class MeasuringSink extends OutputStream {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long bytes;
    long lines;
    long maxUsedAfterGc;

    @Override
    public void write(int b) {
      count(b);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        count(buffer[i]);
      }
    }

    private void count(int b) {
      bytes++;
      if (b == '\n' && ++lines % 100_000 == 0) {
        System.gc();
        maxUsedAfterGc = Math.max(maxUsedAfterGc, memory.getHeapMemoryUsage().getUsed());
      }
    }
  }

  @Test
  void aMillionRowsLeaveWithFlatMemory() throws Exception {
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    MeasuringSink sink = new MeasuringSink();
    long started = System.nanoTime();

    export.writeCsv(new DurasiTugasExport.Filter(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), null), sink);

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    long growth = sink.maxUsedAfterGc - before;
    System.out.printf("million-row export: %d rows, %d MB of CSV in %d s, heap growth %d MB%n",
        sink.lines - 1, sink.bytes / 1_000_000, seconds, growth / 1_000_000);
    assertThat(sink.lines).isEqualTo(ROWS + 1);
    assertThat(sink.bytes).isGreaterThan(150_000_000L);
    // the CSV alone is over 150 MB: holding it, or the rows, would grow the heap far beyond this
    assertThat(growth).isLessThan(48_000_000L);
  }
}
