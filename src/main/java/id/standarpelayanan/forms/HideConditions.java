package id.standarpelayanan.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers the answers of forms' hide conditions (FEEL). Camunda's FEEL engine parses the
 * expression and builds its built-in functions on every evaluation, which cost about a tenth of
 * a step's completion (BENCHMARKS.md, target 1); the same condition over the same values always
 * gives the same answer, so each answer is kept, keyed by the condition and the value of every
 * name the condition mentions. A condition over values that are not plain (short text, number,
 * yes/no, date, empty) is always evaluated: free text, such as a revision note, seldom repeats and
 * would only fill the memory.
 */
final class HideConditions {

  /** A FEEL name as our forms write them; names with spaces need backticks, which are not cached. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  /** Stands for a name that is not among the values, which FEEL reads as null. */
  private static final Object ABSENT = new Object() {
    @Override
    public String toString() {
      return "ABSENT";
    }
  };

  /** Longer texts are free text, not choices: a condition over them is evaluated each time. */
  private static final int LONGEST_KEPT = 64;

  private final int limit;
  private final Map<String, List<String>> namesOf = new ConcurrentHashMap<>();
  private final Map<List<Object>, Boolean> answers;

  HideConditions(int limit) {
    this.limit = limit;
    this.answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<List<Object>, Boolean> eldest) {
        return size() > HideConditions.this.limit;
      }
    });
  }

  /** Whether {@code condition} holds over {@code values}; {@code evaluate} is asked only when the answer is not known. */
  boolean holds(String condition, Map<String, Object> values, Predicate<String> evaluate) {
    List<Object> key = key(condition, values);
    if (key == null) {
      return evaluate.test(condition);
    }
    Boolean known = answers.get(key);
    if (known != null) {
      return known;
    }
    boolean answer = evaluate.test(condition);
    answers.put(key, answer);
    return answer;
  }

  int size() {
    return answers.size();
  }

  private List<Object> key(String condition, Map<String, Object> values) {
    if (condition.indexOf('`') >= 0) {
      return null;
    }
    List<String> names = namesOf.computeIfAbsent(condition, HideConditions::names);
    List<Object> key = new ArrayList<>(names.size() + 1);
    key.add(condition);
    for (String name : names) {
      Object value = values.containsKey(name) ? values.get(name) : ABSENT;
      if (!plain(value)) {
        return null;
      }
      key.add(value);
    }
    return key;
  }

  private static boolean plain(Object value) {
    return value == null || value == ABSENT || value instanceof String text && text.length() <= LONGEST_KEPT
        || value instanceof Boolean
        || value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Double
        || value instanceof Date;
  }

  private static List<String> names(String condition) {
    List<String> names = new ArrayList<>();
    Matcher matcher = NAME.matcher(condition);
    while (matcher.find()) {
      if (!names.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return List.copyOf(names);
  }
}
