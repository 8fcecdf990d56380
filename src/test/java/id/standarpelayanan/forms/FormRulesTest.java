package id.standarpelayanan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import id.standarpelayanan.forms.FormRules.Field;

/** Every rule of every form in {@code forms/} is read and enforced: one broken value at a time. */
class FormRulesTest {

  private static final String VALID_PHONE = "0618453744";

  private static List<FormRules> allForms() throws IOException {
    List<FormRules> forms = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          forms.add(FormRules.parse(in));
        }
      }
    }
    return forms;
  }

  /** A value every rule of the field accepts. */
  private static Object valid(Field field) {
    return switch (field.type()) {
      case "checkbox" -> true;
      case "number" -> 1L;
      default -> !field.values().isEmpty() ? field.values().get(0)
          : field.pattern() != null ? VALID_PHONE : "Isi yang sah";
    };
  }

  /** Values that each break one rule of the field, named for the rule. */
  private static Map<String, Object> breaking(Field field) {
    Map<String, Object> bad = new HashMap<>();
    if (field.type().equals("checkbox")) {
      bad.put("bukan boolean", "ya");
      if (field.required()) {
        bad.put("wajib", false);
      }
      return bad;
    }
    bad.put("bukan teks", 42L);
    bad.put("karakter kendali", "a\u0000b");
    if (field.required()) {
      bad.put("kosong", "   ");
    }
    if (field.maxLength() != null) {
      bad.put("terlalu panjang", "7".repeat(field.maxLength() + 1));
    }
    if (field.minLength() != null) {
      bad.put("terlalu pendek", "0".repeat(field.minLength() - 1));
    }
    if (field.pattern() != null) {
      bad.put("pola", "<script>alert(1)</script>");
    }
    if (!field.values().isEmpty()) {
      bad.put("bukan pilihan", "'; DROP TABLE act_ru_task; --");
    }
    return bad;
  }

  @TestFactory
  Stream<DynamicTest> everyRuleOfEveryFormRefusesABreakingValue() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (FormRules form : allForms()) {
      Map<String, Object> submission = new HashMap<>();
      form.fields().forEach(field -> submission.put(field.key(), valid(field)));
      tests.add(DynamicTest.dynamicTest(form.formId() + ": valid submission accepted",
          () -> assertThat(form.check(submission::get, hide -> false)).isEmpty()));
      for (Field field : form.fields()) {
        if (field.readonly()) {
          continue;
        }
        breaking(field).forEach((rule, value) -> tests.add(DynamicTest.dynamicTest(
            form.formId() + "." + field.key() + ": " + rule, () -> {
              Map<String, Object> broken = new HashMap<>(submission);
              broken.put(field.key(), value);
              assertThat(form.check(broken::get, hide -> false))
                  .hasValueSatisfying(violation -> {
                    assertThat(violation.field()).isEqualTo(field.key());
                    assertThat(violation.message()).startsWith("'" + field.label() + "'");
                  });
            })));
      }
    }
    return tests.stream();
  }

  @Test
  void everyFormIsReadWithItsRules() throws IOException {
    List<FormRules> forms = allForms();

    assertThat(forms).hasSize((int) Files.list(Path.of("forms")).count());
    // two start forms only explain the service and start it: the caller is asked in the next steps
    List<String> textOnly = List.of("callCenter-start", "layananInformasiTelepon-start");
    assertThat(forms).filteredOn(form -> !textOnly.contains(form.formId()))
        .allSatisfy(form -> assertThat(form.fields()).isNotEmpty());
    assertThat(forms).filteredOn(form -> textOnly.contains(form.formId())).hasSize(2);
    assertThat(forms.stream().flatMap(form -> form.fields().stream()).filter(Field::required)).hasSizeGreaterThan(30);
  }

  @Test
  void aHiddenFieldIsNotRequiredAndReadOnlyFieldsAreNotChecked() throws IOException {
    FormRules verification = allForms().stream().filter(form -> form.formId().equals("pengaduanLapor-verifikasiEselon1"))
        .findFirst().orElseThrow();
    Map<String, Object> eselon1 = Map.of("kewenangan", "ESELON1", "judul", 42L);

    assertThat(verification.check(eselon1::get, hide -> true)).isEmpty();
    assertThat(verification.check(eselon1::get, hide -> false)).get()
        .extracting(FormRules.Violation::field).isEqualTo("unitUpt");
  }

  @Test
  void lengthCountsCharactersNotBytes() throws IOException {
    FormRules catat = allForms().stream().filter(form -> form.formId().equals("layananInformasiTelepon-catatIdentitas"))
        .findFirst().orElseThrow();
    Map<String, Object> submission = new HashMap<>();
    catat.fields().forEach(field -> submission.put(field.key(), valid(field)));
    submission.put("namaPemohon", "ꦱ".repeat(200)); // Javanese script, three bytes each in UTF-8

    assertThat(catat.check(submission::get, hide -> false)).isEmpty();
  }
}
