package id.standarpelayanan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The texts that Camunda's webapps show past their locale files (LocaleFilesTest covers those):
 * the fixed texts of Camunda Forms (form-js) and its date picker (flatpickr), the status lines the
 * webapps write in English, and the two times of the Riwayat tab. Each is read from Camunda's own
 * bundles in the webjar, so a Camunda upgrade that adds or rewords one fails here, naming it,
 * instead of bringing English back to a clerk's screen.
 */
class TeksWebappTest {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEPT = Pattern.compile("\\{\\d}");
  /** A part of a text that form-js fills in (a template literal's ${…}). */
  private static final Pattern FILLED = Pattern.compile("\\$\\{[^}]*}");
  /** form-js's validation messages: errors.push("…") in its Validator and number field. */
  private static final Pattern VALIDATION = Pattern.compile("push\\([\"`]((?:Field|Please|Value|Date)[^\"`]*)[\"`]\\)");
  /** A notice's status line written as a text; keys of the locale files are upper case. */
  private static final Pattern STATUS = Pattern.compile("status:[\"']([^\"']*[a-z][^\"']*)[\"']");
  /** AngularJS's date filter in a template, which formats in the browser's zone. */
  private static final Pattern DATE_FILTER = Pattern.compile("\\|\\s*date\\s*:\\s*\\\\?'([^'\\\\]*)");
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  private static String resource(String path) throws IOException {
    try (InputStream in = TeksWebappTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String deps() throws IOException {
    return resource(WEBJAR + "lib/deps.js");
  }

  private static String bundle(String app) throws IOException {
    return resource(WEBJAR + "app/" + app + "/camunda-" + app + "-bootstrap.js");
  }

  private static JsonNode teks() throws IOException {
    return JSON.readTree(resource(WEBJAR + "app/standar-pelayanan/teks-id.json"));
  }

  /** English → Indonesian of one part of teks-id.json, without its note ("_"). */
  private static Map<String, String> table(String part) throws IOException {
    Map<String, String> table = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> entries = teks().path(part).fields(); entries.hasNext();) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!entry.getKey().equals("_")) {
        table.put(entry.getKey(), entry.getValue().asText());
      }
    }
    assertThat(table).as(part).isNotEmpty();
    return table;
  }

  /** A text of form-js as teks-id.json writes it: each ${…} as {0}, {1}, … */
  static String asKey(String formJsText) {
    Matcher matcher = FILLED.matcher(formJsText);
    StringBuilder key = new StringBuilder();
    int i = 0;
    while (matcher.find()) {
      matcher.appendReplacement(key, Matcher.quoteReplacement("{" + i++ + "}"));
    }
    matcher.appendTail(key);
    return key.toString();
  }

  /** Where a text of teks-id.json stands in a bundle: quoted, with ${…} for each {n}. */
  static Pattern inBundle(String key) {
    StringBuilder regex = new StringBuilder("[\"'`>]");
    int start = 0;
    for (Matcher kept = KEPT.matcher(key); kept.find(); start = kept.end()) {
      regex.append(Pattern.quote(key.substring(start, kept.start()))).append("\\$\\{[^}]*}");
    }
    return Pattern.compile(regex.append(Pattern.quote(key.substring(start))).append("[\"'`<]").toString());
  }

  @Test
  void every_validation_message_of_camunda_forms_is_translated() throws IOException {
    Map<String, String> formulir = table("formulir");
    Set<String> messages = new TreeSet<>();
    Matcher matcher = VALIDATION.matcher(deps());
    while (matcher.find()) {
      messages.add(asKey(matcher.group(1)));
    }
    assertThat(messages).as("form-js's validation messages in lib/deps.js")
        .contains("Field is required.", "Field must have minimum value of {0}.");
    assertThat(messages).as("validation messages without a translation in teks-id.json")
        .allSatisfy(message -> assertThat(formulir).containsKey(message));
  }

  @Test
  void every_translated_text_is_still_a_text_of_camunda_forms() throws IOException {
    String deps = deps();
    List<String> gone = new ArrayList<>();
    table("formulir").keySet().forEach(key -> {
      if (!inBundle(key).matcher(deps).find()) {
        gone.add(key);
      }
    });
    assertThat(gone).as("texts of teks-id.json no longer in Camunda's form-js (reworded? then translate the new one)")
        .isEmpty();
  }

  @Test
  void every_translation_keeps_what_form_js_fills_in() throws IOException {
    for (String part : List.of("formulir", "status", "pesanMesin")) {
      table(part).forEach((english, indonesian) -> {
        assertThat(indonesian).as(part + ": " + english).isNotBlank();
        assertThat(kept(indonesian)).as(part + ": " + english).isEqualTo(kept(english));
      });
    }
  }

  private static Set<String> kept(String text) {
    Set<String> found = new TreeSet<>();
    for (Matcher matcher = KEPT.matcher(text); matcher.find();) {
      found.add(matcher.group());
    }
    return found;
  }

  @Test
  void the_date_picker_has_every_text_of_its_english_locale() throws IOException {
    Map<String, Integer> english = flatpickrEnglishLocale(deps());
    JsonNode indonesian = teks().path("tanggal").path("bahasa");
    assertThat(english).as("flatpickr's English locale in lib/deps.js").containsKeys("months", "weekdays", "scrollTitle");

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.remove("daysInMonth"); // the calendar's lengths of months, not a text
    indonesian.fieldNames().forEachRemaining(missing::remove);
    assertThat(missing).as("keys of flatpickr's English locale missing in teks-id.json tanggal.bahasa").isEmpty();

    // the same names as the webapps' own dates (tasklist/locales/id.json, LocaleFilesTest)
    JsonNode dates = JSON.readTree(resource(WEBJAR + "app/tasklist/locales/id.json")).path("dateLocales");
    assertThat(indonesian.path("months").path("longhand")).isEqualTo(dates.path("months"));
    assertThat(indonesian.path("months").path("shorthand")).isEqualTo(dates.path("monthsShort"));
    assertThat(indonesian.path("weekdays").path("longhand")).isEqualTo(dates.path("weekdays"));
    assertThat(indonesian.path("weekdays").path("shorthand")).isEqualTo(dates.path("weekdaysShort"));
    assertThat(indonesian.path("firstDayOfWeek").asInt()).as("Monday first").isEqualTo(1);
    assertThat(teks().path("tanggal").path("format").asText()).isEqualTo("d/m/Y");
  }

  /** The top-level keys of flatpickr's English locale object in the bundle ({weekdays:…,time_24hr:!1}). */
  static Map<String, Integer> flatpickrEnglishLocale(String bundle) {
    int start = bundle.indexOf("{weekdays:{shorthand:[\"Sun\"");
    assertThat(start).as("flatpickr's English locale in the bundle").isNotNegative();
    Map<String, Integer> keys = new java.util.LinkedHashMap<>();
    int depth = 0;
    StringBuilder word = new StringBuilder();
    for (int i = start; i < bundle.length(); i++) {
      char c = bundle.charAt(i);
      if (c == '"') {
        i = bundle.indexOf('"', i + 1);
        word.setLength(0);
        continue;
      }
      if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if (c == '}' || c == ']' || c == ')') {
        if (--depth == 0) {
          break;
        }
      } else if (c == ':' && depth == 1 && word.length() > 0) {
        keys.put(word.toString(), i);
      }
      if (Character.isLetterOrDigit(c) || c == '_') {
        word.append(c);
      } else {
        word.setLength(0);
      }
    }
    return keys;
  }

  @Test
  void every_status_line_written_in_english_is_translated() throws IOException {
    Map<String, String> status = table("status");
    Set<String> found = new TreeSet<>();
    for (String app : APPS) {
      Matcher matcher = STATUS.matcher(bundle(app));
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
    assertThat(found).as("status lines in the webapps' bundles").contains("Failed");
    assertThat(found).as("status lines without a translation in teks-id.json status")
        .allSatisfy(text -> assertThat(status).containsKey(text));
  }

  @Test
  void the_riwayat_tab_has_the_only_dates_formatted_in_the_browsers_zone_and_they_are_replaced() throws IOException {
    for (String app : APPS) {
      List<String> formats = new ArrayList<>();
      for (String code : List.of(bundle(app), app.equals("tasklist") ? deps() : "")) {
        Matcher matcher = DATE_FILTER.matcher(code);
        while (matcher.find()) {
          formats.add(matcher.group(1));
        }
      }
      // anything else formatted with AngularJS's date filter would show the browser's zone
      assertThat(formats).as("templates of " + app + " with AngularJS's date filter")
          .isEqualTo(app.equals("tasklist") ? List.of("yyyy", "HH:mm") : List.of());
    }
    String script = resource(WEBJAR + "app/standar-pelayanan/bahasa-wib.js");
    assertThat(script).contains("date:'yyyy'/g, \"| camDate:'year'\"", "date:'HH:mm'/g, \"| camDate:'time'\"");
  }

  @Test
  void a_text_of_the_table_is_found_in_a_bundle_as_form_js_writes_it() {
    assertThat(asKey("Field must have minimum value of ${t.min}.")).isEqualTo("Field must have minimum value of {0}.");
    assertThat(asKey("the two nearest valid values are ${t} and ${i}.")).isEqualTo("the two nearest valid values are {0} and {1}.");
    assertThat(inBundle("Field must have minimum value of {0}.").matcher("i.push(`Field must have minimum value of ${t.min}.`)").find()).isTrue();
    assertThat(inBundle("Select").matcher("x||\"Select\"})").find()).isTrue();
    assertThat(inBundle("Select").matcher("x||\"Select a value\"})").find()).isFalse();
    Map<String, Integer> keys = flatpickrEnglishLocale("r={weekdays:{shorthand:[\"Sun\",\"a:b\"]},ordinal:function(e){return\"th\"},amPM:[\"AM\"],time_24hr:!1},o=1");
    assertThat(keys.keySet()).containsExactly("weekdays", "ordinal", "amPM", "time_24hr");
  }
}
