package id.standarpelayanan.webapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.informasi.PenugasanGuard;

/**
 * The {@code config.js} of Tasklist, Cockpit, Admin and the Welcome page, through the webapps' own
 * configuration mechanism: Bahasa Indonesia first with English available, the application's and
 * the institution's name in the header, and the shared script that shows dates in WIB
 * ({@code app/standar-pelayanan/bahasa-wib.js}). Served before login, as the webapps load it to
 * draw the login page; it holds nothing but this presentation, and for Tasklist the process keys whose
 * tasks change hands only with a surat penugasan ({@code penugasan.proses}), so that
 * {@code scripts/penugasan.js} offers its action on those tasks alone.
 */
@RestController
public class WebappConfig {

  static final String APP_NAME = "Standar Pelayanan";
  static final List<String> LOCALES = List.of("id", "en");
  /** The webapps by their path, with the name the header shows. */
  static final Map<String, String> APPS = Map.of("tasklist", "Tasklist", "cockpit", "Cockpit", "admin", "Admin",
      "welcome", "Beranda");
  private static final String SHARED_SCRIPT = "../standar-pelayanan/bahasa-wib";

  private final String namaInstansi;
  private final ObjectMapper json;
  private final PenugasanGuard penugasan;

  public WebappConfig(@Value("${standar-pelayanan.nama-instansi}") String namaInstansi, ObjectMapper json,
      PenugasanGuard penugasan) {
    this.namaInstansi = namaInstansi;
    this.json = json;
    this.penugasan = penugasan;
  }

  @GetMapping("/camunda/app/{app}/scripts/config.js")
  public ResponseEntity<String> configJs(@PathVariable String app) throws JsonProcessingException {
    if (!APPS.containsKey(app)) {
      return ResponseEntity.notFound().build();
    }
    Map<String, Object> config = config(app);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body("// Standar Pelayanan: configuration of Camunda " + app + " (webapp.WebappConfig)\nexport default "
            + json.writerWithDefaultPrettyPrinter().writeValueAsString(config) + ";\n");
  }

  Map<String, Object> config(String app) {
    String shownName = APPS.get(app);
    Map<String, Object> config = new LinkedHashMap<>();
    // the header reads "<vendor> <name>": "Standar Pelayanan Tasklist · <institution>"
    config.put("app", Map.of("vendor", APP_NAME, "name", shownName + " · " + namaInstansi));
    config.put("locales", Map.of("availableLocales", LOCALES, "fallbackLocale", LOCALES.get(0)));
    config.put("standarPelayanan", Map.of("namaAplikasi", APP_NAME, "namaWebapp", shownName, "namaInstansi", namaInstansi));
    switch (app) {
      case "tasklist" -> {
        // staff work to deadlines (mutu baku): a list opened without an order is sorted by due date;
        // task tabs "Penelepon", "Lampiran" (a report's attachments) and "Survei" (a call's survey code);
        // the case (number, title or caller, deadline in WIB, late/escalated/returned) on cards and forms;
        // the hand-over with a surat penugasan
        config.put("customScripts", List.of(SHARED_SCRIPT, "scripts/urut-tenggat", "scripts/lampiran-survei",
            "scripts/kasus-tugas", "scripts/penugasan"));
        config.put("shortcuts", tasklistShortcuts());
        // Peringatan 1: the action "Alihkan dengan surat penugasan" on the tasks of these processes
        config.put("penugasan", Map.of("proses", penugasan.processKeys().stream().sorted().toList()));
      }
      // every step with a mutu baku shows its on-time share and breaches on the process diagram; the
      // auditors' page "Ekspor durasi tugas"; tabs "Dokumen Layanan" and "Riwayat Laporan" of an instance;
      // the dashboard's "Mutu baku per layanan"
      case "cockpit" -> config.put("customScripts", List.of(SHARED_SCRIPT, "scripts/mutu-baku-overlay",
          "scripts/ekspor-durasi-tugas", "scripts/dokumen-riwayat", "scripts/dasbor-mutu-baku"));
      default -> config.put("customScripts", List.of(SHARED_SCRIPT));
    }
    return config;
  }

  /** Camunda's keyboard shortcuts, described in Bahasa Indonesia. */
  private static Map<String, Object> tasklistShortcuts() {
    Map<String, Object> shortcuts = new LinkedHashMap<>();
    shortcuts.put("claimTask", shortcut("ctrl+alt+c", "mengklaim tugas yang sedang dipilih"));
    shortcuts.put("focusFilter", shortcut("ctrl+shift+f", "memfokuskan filter pertama dalam daftar"));
    shortcuts.put("focusList", shortcut("ctrl+alt+l", "memfokuskan tugas pertama dalam daftar"));
    shortcuts.put("focusForm", shortcut("ctrl+alt+f", "memfokuskan isian pertama pada formulir tugas"));
    shortcuts.put("startProcess", shortcut("ctrl+alt+p", "membuka dialog untuk memulai proses"));
    return shortcuts;
  }

  private static Map<String, String> shortcut(String key, String description) {
    return Map.of("key", key, "description", description);
  }
}
