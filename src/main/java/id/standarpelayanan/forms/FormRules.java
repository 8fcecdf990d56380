package id.standarpelayanan.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.api.TextInput;

/**
 * The rules a Camunda Form declares for its fields (required, length, pattern, the offered
 * values), read from the form's JSON so that the engine applies the very same rules to every
 * submission, whether it comes from Tasklist or from {@code /engine-rest}.
 */
public record FormRules(String formId, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input of the form; {@code hide} is its FEEL condition, null when always shown. */
  public record Field(String key, String type, String label, boolean readonly, boolean required,
      Integer minLength, Integer maxLength, Pattern pattern, List<String> values, String hide) {
  }

  /** A broken rule: the field and a message for staff in Bahasa Indonesia. */
  public record Violation(String field, String message) {
  }

  public static FormRules parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    List<Field> fields = new ArrayList<>();
    collect(root.path("components"), fields);
    return new FormRules(root.path("id").asText(), List.copyOf(fields));
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        JsonNode validate = component.path("validate");
        List<String> values = new ArrayList<>();
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
        String label = component.hasNonNull("label") ? component.get("label").asText()
            : component.path("dateLabel").asText(component.get("key").asText());
        fields.add(new Field(component.get("key").asText(), component.path("type").asText(), label,
            component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
            validate.path("required").asBoolean(false),
            validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
            validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
            validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
            List.copyOf(values),
            component.path("conditional").hasNonNull("hide") ? component.path("conditional").get("hide").asText() : null));
      }
      collect(component.path("components"), fields);
    }
  }

  /** The form's checkboxes, each false: their value before anyone ticks them. */
  public Map<String, Object> uncheckedByDefault() {
    Map<String, Object> defaults = new HashMap<>();
    fields.stream().filter(field -> field.type().equals("checkbox")).forEach(field -> defaults.put(field.key(), false));
    return defaults;
  }

  /**
   * The first rule the submitted values break, in the order of the form. Read-only fields only
   * show data and hidden fields are not submitted, so neither is checked.
   */
  public Optional<Violation> check(Function<String, Object> valueOf, Predicate<String> hidden) {
    for (Field field : fields) {
      if (field.readonly()) {
        continue;
      }
      Optional<String> problem = problem(field, valueOf.apply(field.key()));
      // the condition is asked only about a field that would be refused
      if (problem.isPresent() && (field.hide() == null || !hidden.test(field.hide()))) {
        return Optional.of(new Violation(field.key(), problem.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(Field field, Object value) {
    String name = "'" + field.label() + "'";
    if (field.type().equals("checkbox")) {
      if (value != null && !(value instanceof Boolean)) {
        return Optional.of(name + " harus bernilai ya atau tidak.");
      }
      return field.required() && !Boolean.TRUE.equals(value)
          ? Optional.of(name + " wajib dicentang.") : Optional.empty();
    }
    if (field.type().equals("number")) {
      if (value != null && !(value instanceof Number)) {
        return Optional.of(name + " harus berupa angka.");
      }
      return field.required() && value == null ? Optional.of(name + " wajib diisi.") : Optional.empty();
    }
    if (value != null && !(value instanceof String)) {
      return Optional.of(name + " harus berupa teks.");
    }
    String text = (String) value;
    if (text == null || text.isBlank()) {
      return field.required() ? Optional.of(name + " wajib diisi.") : Optional.empty();
    }
    if (TextInput.CONTROL.matcher(text).find()) {
      return Optional.of(name + " memuat karakter kendali yang tidak diizinkan.");
    }
    if (!field.values().isEmpty() && !field.values().contains(text)) {
      return Optional.of(name + " harus salah satu dari: " + String.join(", ", field.values()) + ".");
    }
    int length = text.codePointCount(0, text.length());
    if (field.maxLength() != null && length > field.maxLength()) {
      return Optional.of(name + " paling banyak " + field.maxLength() + " karakter.");
    }
    if (field.minLength() != null && length < field.minLength()) {
      return Optional.of(name + " paling sedikit " + field.minLength() + " karakter.");
    }
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      return Optional.of(name + " tidak sesuai format yang diminta.");
    }
    return Optional.empty();
  }
}
