package id.standarpelayanan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.standarpelayanan.IntegrationTest;

/** The webapps' configuration, locale files and shared script, as the browser loads them before login. */
class WebappConfigTest extends IntegrationTest {

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void each_webapp_is_configured_for_bahasa_indonesia_first_with_english_available(String app) throws Exception {
    HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/javascript"));
    assertThat(config.body()).startsWith("// Standar Pelayanan").contains("export default {")
        .containsPattern("\"availableLocales\" : \\[ \"id\", \"en\" ]")
        .contains("\"fallbackLocale\" : \"id\"")
        .contains("\"vendor\" : \"Standar Pelayanan\"")
        .contains("Balai Kekarantinaan Kesehatan Kelas I Banten")
        .contains("\"../standar-pelayanan/bahasa-wib\"");
    HttpResponse<String> locale = get("/camunda/app/" + app + "/locales/id.json");
    assertThat(locale.statusCode()).isEqualTo(200);
    assertThat(locale.body()).contains("\"CAM_WIDGET_HEADER_SIGN_OUT\": \"Keluar\"");
    assertThat(get("/camunda/app/" + app + "/locales/en.json").statusCode()).isEqualTo(200);
    assertThat(get("/camunda/app/" + app + "/styles/user-styles.css").body())
        .contains("../../standar-pelayanan/standar-pelayanan.css");
  }

  @Test
  void the_tasklist_keeps_its_own_scripts_and_shortcuts_and_cockpit_its_overlay() throws Exception {
    assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/urut-tenggat\"")
        .contains("\"claimTask\"").contains("mengklaim tugas yang sedang dipilih");
    assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/lampiran-survei\"");
    assertThat(get("/camunda/app/tasklist/scripts/lampiran-survei.js").body()).contains("tasklist.task.detail")
        .contains("Tidak ada lampiran");
    assertThat(get("/camunda/app/cockpit/scripts/config.js").body()).contains("\"scripts/mutu-baku-overlay\"")
        .contains("\"scripts/ekspor-durasi-tugas\"").contains("\"scripts/dokumen-riwayat\"")
        .contains("\"scripts/dasbor-mutu-baku\"");
    // each script the configuration names is served (a missing one stops Cockpit from starting)
    for (String script : List.of("mutu-baku-overlay", "ekspor-durasi-tugas", "dokumen-riwayat", "dasbor-mutu-baku")) {
      assertThat(get("/camunda/app/cockpit/scripts/" + script + ".js").body()).as(script).contains("export default");
    }
  }

  @Test
  void the_tasklist_offers_the_hand_over_with_a_letter_on_the_processes_the_guard_covers() throws Exception {
    // the same list informasi.PenugasanGuard enforces (standar-pelayanan.penugasan.proses, by default seed 003)
    assertThat(get("/camunda/app/tasklist/scripts/config.js").body()).contains("\"scripts/penugasan\"")
        .containsPattern("\"penugasan\" : \\{\\s*\"proses\" : \\[ \"layananInformasiTelepon\" ]\\s*}");
    assertThat(get("/camunda/app/tasklist/scripts/penugasan.js").body()).contains("tasklist.task.action")
        .contains("/api/tugas/").contains("X-XSRF-TOKEN");
    assertThat(get("/camunda/app/cockpit/scripts/config.js").body()).doesNotContain("penugasan");
  }

  @Test
  void the_shared_script_and_style_are_served_and_an_unknown_webapp_has_no_configuration() throws Exception {
    assertThat(get("/camunda/app/standar-pelayanan/bahasa-wib.js").body()).contains("Asia/Jakarta");
    assertThat(get("/camunda/app/standar-pelayanan/standar-pelayanan.css").body()).contains(".ce-eol-banner");
    assertThat(get("/camunda/app/lain/scripts/config.js").statusCode()).isEqualTo(404);
  }
}
