package id.standarpelayanan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class HideConditionsTest {

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
  private final List<String> evaluated = new ArrayList<>();

  private Predicate<String> feelOver(Map<String, Object> values) {
    return condition -> {
      evaluated.add(condition);
      return Boolean.TRUE.equals(feel.evaluateSimpleExpression(condition,
          Variables.fromMap(values).asVariableContext()));
    };
  }

  private boolean holds(HideConditions conditions, String condition, Map<String, Object> values) {
    return conditions.holds(condition, values, feelOver(values));
  }

  @Test
  void gives_feels_answer_and_asks_feel_once_per_condition_and_values() {
    HideConditions conditions = new HideConditions(100);
    Map<String, Object> values = new HashMap<>(Map.of("kewenangan", "UPT", "lain", "x"));
    assertThat(holds(conditions, "kewenangan != \"UPT\"", values)).isFalse();
    assertThat(holds(conditions, "kewenangan != \"UPT\"", values)).isFalse();
    assertThat(evaluated).hasSize(1);

    values.put("lain", "changed, but not read by the condition");
    assertThat(holds(conditions, "kewenangan != \"UPT\"", values)).isFalse();
    assertThat(evaluated).hasSize(1);

    values.put("kewenangan", "Kementerian");
    assertThat(holds(conditions, "kewenangan != \"UPT\"", values)).isTrue();
    assertThat(evaluated).hasSize(2);

    values.remove("kewenangan");
    assertThat(holds(conditions, "kewenangan != \"UPT\"", values)).isEqualTo(
        Boolean.TRUE.equals(feel.evaluateSimpleExpression("kewenangan != \"UPT\"",
            Variables.fromMap(values).asVariableContext())));
    assertThat(evaluated).hasSize(3);
  }

  @Test
  void yes_no_null_and_functions_are_told_apart() {
    HideConditions conditions = new HideConditions(100);
    Map<String, Object> values = new HashMap<>();
    values.put("informasiTersedia", true);
    assertThat(holds(conditions, "not(informasiTersedia)", values)).isFalse();
    values.put("informasiTersedia", false);
    assertThat(holds(conditions, "not(informasiTersedia)", values)).isTrue();
    values.put("catatanRevisi", null);
    assertThat(holds(conditions, "catatanRevisi = null", values)).isTrue();
    values.put("catatanRevisi", "perbaiki lampiran");
    assertThat(holds(conditions, "catatanRevisi = null", values)).isFalse();
    assertThat(evaluated).hasSize(4);
  }

  @Test
  void values_that_are_not_plain_free_text_and_names_in_backticks_are_always_evaluated() {
    HideConditions conditions = new HideConditions(100);
    Map<String, Object> values = new HashMap<>(Map.of("daftar", List.of("a"), "nama lengkap", "Ani"));
    holds(conditions, "count(daftar) > 0", values);
    holds(conditions, "count(daftar) > 0", values);
    holds(conditions, "`nama lengkap` = \"Ani\"", values);
    holds(conditions, "`nama lengkap` = \"Ani\"", values);
    Map<String, Object> note = Map.of("catatanRevisi", "Lampiran kurang: ".repeat(10));
    assertThat(holds(conditions, "catatanRevisi = null", note)).isFalse();
    assertThat(holds(conditions, "catatanRevisi = null", note)).isFalse();
    assertThat(evaluated).hasSize(6);
    assertThat(conditions.size()).isZero();
  }

  @Test
  void keeps_at_most_its_limit_of_answers() {
    HideConditions conditions = new HideConditions(10);
    for (int i = 0; i < 50; i++) {
      holds(conditions, "nomor > 3", Map.of("nomor", (long) i));
    }
    assertThat(conditions.size()).isEqualTo(10);
    evaluated.clear();
    assertThat(holds(conditions, "nomor > 3", Map.of("nomor", 49L))).isTrue();
    assertThat(holds(conditions, "nomor > 3", Map.of("nomor", 0L))).isFalse();
    assertThat(evaluated).containsExactly("nomor > 3");
  }
}
