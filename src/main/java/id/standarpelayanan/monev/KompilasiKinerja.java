package id.standarpelayanan.monev;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.standarpelayanan.monev.BahanMonev.KinerjaLangkah;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.survei.IndeksKepuasan;
import id.standarpelayanan.survei.SurveiRepository;

/**
 * Compiles a period's performance from the engine's history and the breach log: per process and
 * step the count, median and 90th percentile (nearest rank) of the duration, the mutu baku (the
 * due date the timer gave, less the start), the share done on time and the breaches; and the IKM.
 */
@Component
public class KompilasiKinerja {

  private final HistoryService history;
  private final JdbcClient jdbc;
  private final SurveiRepository survei;

  public KompilasiKinerja(HistoryService history, JdbcClient jdbc, SurveiRepository survei) {
    this.history = history;
    this.jdbc = jdbc;
    this.survei = survei;
  }

  /** @param sampai last day of the period, included */
  public BahanMonev compile(LocalDate dari, LocalDate sampai) {
    OffsetDateTime from = dari.atStartOfDay(MutuBaku.WIB).toOffsetDateTime();
    OffsetDateTime to = sampai.plusDays(1).atStartOfDay(MutuBaku.WIB).toOffsetDateTime();
    Map<String, List<HistoricTaskInstance>> bySteps = new TreeMap<>();
    Map<String, String> processKeys = new TreeMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
        .startedAfter(Date.from(from.toInstant().minusMillis(1))).startedBefore(Date.from(to.toInstant()))
        .list()) {
      String processKey = task.getProcessDefinitionKey();
      if (PemantauanEvaluasi.PROCESS_KEY.equals(processKey)) {
        continue;
      }
      String step = processKey + "/" + task.getTaskDefinitionKey();
      bySteps.computeIfAbsent(step, key -> new ArrayList<>()).add(task);
      processKeys.put(step, processKey);
    }
    Map<String, Integer> breaches = new TreeMap<>();
    jdbc.sql("""
            SELECT process_definition_key, task_key, COUNT(*) FROM pelanggaran_mutu_baku
            WHERE fired_time >= ? AND fired_time < ? AND process_definition_key <> ?
            GROUP BY process_definition_key, task_key""")
        .params(from, to, PemantauanEvaluasi.PROCESS_KEY)
        .query(rs -> {
          breaches.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
        });
    for (String step : breaches.keySet()) {
      bySteps.putIfAbsent(step, List.of());
    }

    List<KinerjaLangkah> steps = new ArrayList<>();
    for (Map.Entry<String, List<HistoricTaskInstance>> entry : bySteps.entrySet()) {
      String[] key = entry.getKey().split("/", 2);
      steps.add(step(key[0], key[1], entry.getValue(), breaches.getOrDefault(entry.getKey(), 0)));
    }
    return new BahanMonev(dari, sampai, steps, IndeksKepuasan.hitung(survei.answersOf(null, from, to)));
  }

  private static KinerjaLangkah step(String process, String taskKey, List<HistoricTaskInstance> tasks,
      int breaches) {
    List<HistoricTaskInstance> finished = tasks.stream().filter(task -> task.getEndTime() != null).toList();
    List<Long> durations = finished.stream()
        .map(task -> seconds(task.getStartTime(), task.getEndTime())).sorted().toList();
    List<Long> standards = tasks.stream().filter(task -> task.getDueDate() != null)
        .map(task -> seconds(task.getStartTime(), task.getDueDate())).sorted().toList();
    List<HistoricTaskInstance> measurable = finished.stream().filter(task -> task.getDueDate() != null).toList();
    Double onTime = measurable.isEmpty() ? null
        : (double) measurable.stream().filter(task -> !task.getEndTime().after(task.getDueDate())).count()
            / measurable.size();
    String name = tasks.stream().max(Comparator.comparing(HistoricTaskInstance::getStartTime))
        .map(HistoricTaskInstance::getName).orElse(taskKey);
    return new KinerjaLangkah(process, taskKey, name, tasks.size(), finished.size(), median(durations),
        percentile(durations, 90), median(standards), onTime, breaches);
  }

  static Long median(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
  static Long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static long seconds(Date from, Date to) {
    // rounded: a task starts a few milliseconds after its timer, and 14.998 s is a 15 s standard
    return Math.round(Duration.between(from.toInstant(), to.toInstant()).toMillis() / 1000.0);
  }
}
