package id.standarpelayanan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every key of the English locale file that Camunda ships in its webjar has an Indonesian
 * translation in ours: after a Camunda upgrade brings new keys, this test names each one, so
 * English cannot come back unnoticed.
 */
class LocaleFilesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keys whose translation is rightly empty. */
  private static final Map<String, String> MAY_BE_EMPTY = Map.of(
      "labels.PLGN_BATCH_S", "English plural ending of 'instance(s)'; Indonesian has none",
      "labels.PLGN_MIG_S", "English plural ending; Indonesian has none",
      "labels.PLGN_MOD_DIALOG_S", "English plural ending; Indonesian has none",
      "labels.PLGN_MOD_RESTART_DIALOG_S", "English plural ending; Indonesian has none");

  private static JsonNode read(String app, String language) throws IOException {
    String resource = String.format(LOCALES, app, language);
    List<URL> copies = Collections.list(LocaleFilesTest.class.getClassLoader().getResources(resource));
    assertThat(copies).as("copies of " + resource + " on the classpath").hasSize(1);
    try (InputStream in = copies.get(0).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void every_english_key_has_an_indonesian_translation(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode indonesian = read(app, "id");

    assertThat(LocaleFiles.problems(english, indonesian, MAY_BE_EMPTY)).as(app + "/locales/id.json").isEmpty();
    assertThat(english.path("labels").size()).as("English labels of " + app).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void dates_are_named_in_indonesian(String app) throws IOException {
    JsonNode dates = read(app, "id").path("dateLocales");
    assertThat(dates.path("months").get(7).asText()).isEqualTo("Agustus");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Senin");
    assertThat(dates.path("longDateFormat").path("LLLL").asText()).isEqualTo("dddd, D MMMM YYYY [pukul] LT");
    assertThat(dates.path("relativeTime").path("future").asText()).isEqualTo("dalam %s");
  }

  @Test
  void a_missing_or_broken_translation_is_named() throws IOException {
    JsonNode english = JSON.readTree("""
        {"labels": {"CLAIM": "Claim", "HELLO": "Hello {{name}}", "LINK": "See <a href='x'>here</a>",
                    "NEW_IN_CAMUNDA": "Brand new", "PLURAL": "s"},
         "dateLocales": {"months": ["January", "February"]}}""");
    JsonNode indonesian = JSON.readTree("""
        {"labels": {"CLAIM": "Klaim", "HELLO": "Halo {{nama}}", "LINK": "Lihat di sini",
                    "PLURAL": "", "OLD": "Lama"},
         "dateLocales": {"months": ["Januari"]}}""");

    assertThat(LocaleFiles.problems(english, indonesian, Map.of())).containsExactly(
        "labels.HELLO: placeholders [{{name}}] in English, [{{nama}}] here",
        "labels.LINK: HTML tags [a] in English, [] here",
        "labels.NEW_IN_CAMUNDA: no Indonesian translation",
        "labels.PLURAL: empty",
        "labels.OLD: not in the English file (left from an older Camunda?)",
        "dateLocales.months: 2 entries in English, 1 here");
    assertThat(LocaleFiles.problems(english, indonesian, Map.of("labels.PLURAL", "plural ending")))
        .doesNotContain("labels.PLURAL: empty");
  }
}
