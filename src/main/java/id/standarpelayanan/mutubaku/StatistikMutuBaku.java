package id.standarpelayanan.mutubaku;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per step of a process, over running and finished instances: how many, how many measured (finished,
 * or open past their due date), how many done on time, and the breaches. Read by the Cockpit overlay
 * on every diagram page.
 *
 * <p>A finished step never changes, so the finished steps that ended before a boundary (five minutes
 * before it was computed) are counted once per process and kept as a <em>basis</em>; each request
 * adds only the steps finished since that boundary (the engine's index on the end time) and the open
 * ones (the runtime task table), so its cost follows the recent work, not the years of history. The
 * answer is exact at every request. The basis is recomputed in the background when it is older than
 * {@link #BASIS_BERLAKU} (keeping the recent part small, and forgetting history the cleanup removed).
 * Measured in the e2e test with 300 000 finished steps of pengaduanLapor: README, "Mutu baku in Cockpit".
 */
@Repository
public class StatistikMutuBaku {

  public record Langkah(String taskKey, long jumlah, long diukur, long tepatWaktu, Double persenTepatWaktu,
      long pelanggaran) {
  }

  /** A step ending in a transaction still open when the basis is counted is counted later, as recent. */
  static final Duration TENGGANG = Duration.ofMinutes(5);
  static final Duration BASIS_BERLAKU = Duration.ofMinutes(15);

  /** Finished steps of one process that ended before {@code batas}: per task key {jumlah, diukur, tepat}. */
  private record Basis(Instant batas, Instant dihitung, Map<String, long[]> langkah) {
  }

  private final JdbcClient jdbc;
  private final Map<String, Basis> basis = new ConcurrentHashMap<>();
  private final Map<String, Boolean> sedangDihitung = new ConcurrentHashMap<>();
  private final Executor latar = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "statistik-mutu-baku");
    thread.setDaemon(true);
    return thread;
  });

  public StatistikMutuBaku(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Langkah> perLangkah(String processKey) {
    Instant now = MutuBaku.now().toInstant();
    Basis known = basis.get(processKey);
    // none yet, or the engine's clock went back before it (a test's clock): count it now
    if (known == null || now.isBefore(known.dihitung())) {
      known = hitungBasis(processKey, now);
    } else if (known.dihitung().plus(BASIS_BERLAKU).isBefore(now)
        && sedangDihitung.putIfAbsent(processKey, Boolean.TRUE) == null) {
      latar.execute(() -> {
        try {
          hitungBasis(processKey, MutuBaku.now().toInstant());
        } finally {
          sedangDihitung.remove(processKey);
        }
      });
    }
    Map<String, long[]> counts = new TreeMap<>();
    known.langkah().forEach((task, values) -> counts.put(task, values.clone()));
    // finished since the basis's boundary
    jdbc.sql("""
            SELECT TASK_DEF_KEY_, COUNT(*),
                   SUM(CASE WHEN DUE_DATE_ IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN DUE_DATE_ IS NOT NULL AND END_TIME_ <= DUE_DATE_ THEN 1 ELSE 0 END)
            FROM ACT_HI_TASKINST WHERE END_TIME_ >= ? AND PROC_DEF_KEY_ = ? GROUP BY TASK_DEF_KEY_""")
        .params(Timestamp.from(known.batas()), processKey)
        .query(rs -> {
          add(counts, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        });
    // open now: measured once past their due date, never on time yet
    jdbc.sql("""
            SELECT t.TASK_DEF_KEY_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END)
            FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
            WHERE d.KEY_ = ? GROUP BY t.TASK_DEF_KEY_""")
        .params(Timestamp.from(now), processKey)
        .query(rs -> {
          add(counts, rs.getString(1), rs.getLong(2), rs.getLong(3), 0);
        });
    Map<String, Long> breaches = new HashMap<>();
    jdbc.sql("SELECT task_key, COUNT(*) FROM pelanggaran_mutu_baku WHERE process_definition_key = ? GROUP BY task_key")
        .param(processKey)
        .query(rs -> {
          breaches.put(rs.getString(1), rs.getLong(2));
        });
    TreeSet<String> steps = new TreeSet<>(counts.keySet());
    steps.addAll(breaches.keySet());
    return steps.stream().map(task -> {
      long[] values = counts.getOrDefault(task, new long[3]);
      return new Langkah(task, values[0], values[1], values[2],
          values[1] == 0 ? null : (double) values[2] / values[1], breaches.getOrDefault(task, 0L));
    }).toList();
  }

  /** Forgets every basis (a test that writes history of earlier years directly). */
  public void lupakan() {
    basis.clear();
  }

  private Basis hitungBasis(String processKey, Instant now) {
    Instant batas = now.minus(TENGGANG);
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.sql("""
            SELECT TASK_DEF_KEY_, COUNT(*),
                   SUM(CASE WHEN DUE_DATE_ IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN DUE_DATE_ IS NOT NULL AND END_TIME_ <= DUE_DATE_ THEN 1 ELSE 0 END)
            FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = ? AND END_TIME_ < ? GROUP BY TASK_DEF_KEY_""")
        .params(processKey, Timestamp.from(batas))
        .query(rs -> {
          add(counts, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        });
    Basis computed = new Basis(batas, now, Map.copyOf(counts));
    basis.put(processKey, computed);
    return computed;
  }

  private static void add(Map<String, long[]> counts, String task, long jumlah, long diukur, long tepat) {
    long[] values = counts.computeIfAbsent(task, key -> new long[3]);
    values[0] += jumlah;
    values[1] += diukur;
    values[2] += tepat;
  }
}
