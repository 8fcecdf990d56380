package id.standarpelayanan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, printed as a table and written to {@code BENCHMARKS.md}. */
final class Report {

  /** One measured figure: the median of its repetitions. */
  record Figure(String name, double[] repetitions, String unit) {
    double median() {
      return Report.median(repetitions);
    }
  }

  /** A target: a value (a ratio or a figure) against its limit. */
  record Target(String name, double value, String comparison, double limit, String how) {
    boolean holds() {
      return comparison.equals(">=") ? value >= limit : value < limit;
    }
  }

  private final List<Figure> figures = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  synchronized Figure figure(String name, double[] repetitions, String unit) {
    Figure figure = new Figure(name, repetitions, unit);
    figures.add(figure);
    System.out.printf(Locale.ROOT, "BENCH %-60s %12.2f %s  (runs %s)%n", name, figure.median(), unit,
        Arrays.toString(repetitions));
    return figure;
  }

  synchronized void target(String name, double value, String comparison, double limit, String how) {
    Target target = new Target(name, value, comparison, limit, how);
    targets.add(target);
    System.out.printf(Locale.ROOT, "BENCH target %-50s %10.3f %s %s  %s%n", name, value, comparison, limit,
        target.holds() ? "HOLDS" : "MISSED");
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  List<Target> targets() {
    return targets;
  }

  void write(Path file, String postgresVersion, String database) throws IOException {
    StringBuilder md = new StringBuilder();
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    md.append("# Benchmarks\n\n");
    md.append("Written by `mvn -B -Pbench verify` (`src/bench/java/id/standarpelayanan/bench/BenchIT.java`). ")
        .append("Each figure is the median of its runs after a warm-up; each ratio is taken inside this one run, ")
        .append("so a slower or faster machine moves both sides together. Absolute numbers vary between machines.\n\n");
    md.append("## Machine\n\n");
    md.append("| | |\n| --- | --- |\n");
    md.append("| cores | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
    md.append("| memory | ").append(String.format(Locale.ROOT, "%.1f GiB", memory / (1024.0 * 1024 * 1024))).append(" |\n");
    md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.version")).append(" |\n");
    md.append("| PostgreSQL | ").append(postgresVersion).append(" (").append(database).append(") |\n");
    md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(" |\n");
    md.append("| command | `mvn -B -Pbench verify` |\n\n");
    md.append("## Targets (issues 8 and 16)\n\n| target | measured | limit | |\n| --- | ---: | ---: | --- |\n");
    for (Target target : targets) {
      md.append("| ").append(target.name()).append(" | ")
          .append(String.format(Locale.ROOT, "%.3f", target.value())).append(" | ").append(target.comparison())
          .append(' ').append(target.limit()).append(" | ").append(target.holds() ? "holds" : "**missed**")
          .append(" |\n");
    }
    md.append("\n## Figures\n\n| figure | median | unit | runs |\n| --- | ---: | --- | --- |\n");
    for (Figure figure : figures) {
      md.append("| ").append(figure.name()).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", figure.median())).append(" | ").append(figure.unit())
          .append(" | ");
      for (int i = 0; i < figure.repetitions().length; i++) {
        md.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", figure.repetitions()[i]));
      }
      md.append(" |\n");
    }
    md.append("\n## How each target is measured\n\n");
    for (Target target : targets) {
      md.append("- **").append(target.name()).append(".** ").append(target.how()).append('\n');
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    Files.writeString(file, md.toString());
    System.out.println(md);
  }
}
