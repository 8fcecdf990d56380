package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.lapor.KantorLapor;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;

/** A manager opens Cockpit and reads each step's mutu baku badge on the process diagrams. */
class CockpitManagerTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private PenerimaanLaporan penerimaan;
  @Autowired
  private org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired
  private id.standarpelayanan.mutubaku.StatistikMutuBaku statistik;

  /** Synthetic finished steps of earlier years (2020), so the page is measured over a real history. */
  static final int HISTORY_ROWS = 300_000;
  static final String SYNTHETIC = "sintetis-%";

  private void yearsOfHistory() {
    String[] steps = {"terimaLaporan", "verifikasiNasional", "terimaDisposisiInstansi", "verifikasiInstansi",
        "disposisiEselon1", "responAwalEselon1", "verifikasiEselon1", "tindakLanjutEselon1", "terimaDisposisiUpt",
        "tindakLanjutUpt"};
    jdbc.update("""
        INSERT INTO ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, TASK_DEF_KEY_,
                                     NAME_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_, PRIORITY_, DELETE_REASON_)
        SELECT 'sintetis-' || n, 'pengaduanLapor', 'pengaduanLapor:0:sintetis', 'sintetis-pi-' || (n / 10),
               'sintetis-pi-' || (n / 10), (ARRAY['%s'])[1 + n %% 10], 'Langkah',
               TIMESTAMP '2020-01-01 00:00' + n * INTERVAL '1 minute',
               TIMESTAMP '2020-01-01 00:30' + n * INTERVAL '1 minute' + (n %% 7) * INTERVAL '10 minute', 1800000,
               TIMESTAMP '2020-01-01 01:00' + n * INTERVAL '1 minute', 50, 'completed'
        FROM generate_series(1, ?) AS n""".formatted(String.join("','", steps)), HISTORY_ROWS);
    jdbc.update("""
        INSERT INTO pelanggaran_mutu_baku (process_instance_id, process_definition_key, task_key, timer_id, due_time,
                                           fired_time)
        SELECT 'sintetis-pi-' || n, 'pengaduanLapor', (ARRAY['%s'])[1 + n %% 10], 'sintetis',
               TIMESTAMP '2020-01-01 01:00' + n * INTERVAL '1 minute', TIMESTAMP '2020-01-01 01:00' + n * INTERVAL '1 minute'
        FROM generate_series(1, ?) AS n""".formatted(String.join("','", steps)), HISTORY_ROWS / 10);
    jdbc.execute("ANALYZE ACT_HI_TASKINST");
    jdbc.execute("ANALYZE pelanggaran_mutu_baku");
  }

  @org.junit.jupiter.api.AfterEach
  void removeSyntheticHistory() {
    jdbc.update("DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE ?", SYNTHETIC);
    jdbc.update("DELETE FROM pelanggaran_mutu_baku WHERE process_instance_id LIKE ?", SYNTHETIC);
    statistik.lupakan();
  }

  @Test
  void managerSeesTheDiagramWithTheMutuBakuOverlay() {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "101")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("perihal", "LAYANAN", "ringkasanPermintaan", "Pensiun"));
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("penerimaanTelepon").latestVersion().singleResult().getId();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajerE2e", "manajer");

    logIn("cockpit", "manajerE2e", password);
    visible(By.xpath("//*[contains(text(),'Processes') or contains(text(),'Proses')]"));
    browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
    String badge = visible(By.cssSelector(".mutu-baku-overlay")).getAttribute("title");
    assertThat(visible(By.cssSelector(".mutu-baku-legenda")).getText()).contains("Lencana mutu baku");
    screenshot("cockpit-manajer-overlay");

    assertThat(badge).contains("tepat waktu").contains("pelanggaran").contains("tugas terukur");
    assertThat(browser.findElements(By.cssSelector(".djs-element[data-element-id='terimaPanggilan']"))).isNotEmpty();
  }

  private String report(String judul) {
    return penerimaan.terima(new LaporanBaru(judul, "Isi laporan uji", "PENGADUAN", false, false, "Rina Siregar",
        "0812-7777-0002", null, false), "WEB", Map.of()).processInstanceId();
  }

  /** Every user task of pengaduanLapor gets history: one report through Eselon 1, one through the UPT. */
  private void reportsOnEveryStep() {
    KantorLapor.jawab(tasks, report("Jalan rusak"), "Perbaikan dijadwalkan");
    String byUpt = report("Lampu jalan mati");
    KantorLapor.selesaikan(tasks, byUpt, "terimaLaporan", Map.of("laporanDiterima", true));
    KantorLapor.selesaikan(tasks, byUpt, "verifikasiNasional", Map.of("instansiTujuan", "Pemko Medan"));
    KantorLapor.selesaikan(tasks, byUpt, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    KantorLapor.selesaikan(tasks, byUpt, "verifikasiInstansi", Map.of("sesuaiKewenangan", true));
    KantorLapor.selesaikan(tasks, byUpt, "disposisiEselon1", Map.of("unitEselon1", "Dinas PU"));
    KantorLapor.selesaikan(tasks, byUpt, "responAwalEselon1", Map.of("responAwal", "Ditelaah"));
    KantorLapor.selesaikan(tasks, byUpt, "verifikasiEselon1", Map.of("kewenangan", "UPT", "unitUpt", "UPT PJU"));
    KantorLapor.selesaikan(tasks, byUpt, "terimaDisposisiUpt", Map.of("disposisiDiterima", true));
    for (int i = 0; i < 3; i++) {
      report("Laporan ke-" + i);
    }
  }

  /** The badges as drawn: box on screen, font, whether shown; the texts of the diagram; the canvas. */
  private static final String GEOMETRY = """
      const rect = node => { const r = node.getBoundingClientRect();
        return {x: r.left, y: r.top, w: r.width, h: r.height}; };
      const badges = [...document.querySelectorAll('.mutu-baku-overlay')]
        .filter(badge => badge.getClientRects().length > 0 && badge.offsetHeight > 0)
        .map(badge => ({id: badge.dataset.langkah, mode: badge.dataset.tampilan, text: badge.innerText,
          ...rect(badge)}));
      const texts = [...document.querySelectorAll('.djs-container svg text')]
        .filter(text => text.textContent.trim()).map(text => ({id: text.textContent.trim(), ...rect(text)}));
      return {badges, texts, canvas: rect(document.querySelector('.djs-container'))};""";

  private record Box(String id, double x, double y, double w, double h) {
    static Box of(Map<String, Object> map) {
      return new Box(String.valueOf(map.get("id")), num(map.get("x")), num(map.get("y")), num(map.get("w")),
          num(map.get("h")));
    }

    boolean overlaps(Box other) {
      return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    boolean inside(Box other) {
      return x >= other.x && y >= other.y && x + w <= other.x + other.w && y + h <= other.y + other.h;
    }

    private static double num(Object value) {
      return ((Number) value).doubleValue();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> geometry() {
    return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(GEOMETRY);
  }

  @SuppressWarnings("unchecked")
  private static List<Box> boxes(Map<String, Object> geometry, String key) {
    return ((List<Map<String, Object>>) geometry.get(key)).stream().map(Box::of).toList();
  }

  /** No two badges overlap, no badge covers a text of the diagram, each is at least 12 px text high. */
  private static void assertReadable(Map<String, Object> geometry) {
    List<Box> badges = boxes(geometry, "badges");
    List<Box> texts = boxes(geometry, "texts");
    for (int i = 0; i < badges.size(); i++) {
      Box badge = badges.get(i);
      assertThat(badge.h()).as("height of %s", badge.id()).isGreaterThanOrEqualTo(15);
      for (Box other : badges.subList(i + 1, badges.size())) {
        assertThat(badge.overlaps(other)).as("%s overlaps %s", badge, other).isFalse();
      }
      for (Box text : texts) {
        assertThat(badge.overlaps(text)).as("%s covers the text %s", badge, text).isFalse();
      }
    }
  }

  private void openDiagram(String definitionId) {
    // polled every 50 ms, so that the time measured is the page's, not the wait's default 500 ms steps
    org.openqa.selenium.support.ui.WebDriverWait quick = new org.openqa.selenium.support.ui.WebDriverWait(browser,
        java.time.Duration.ofSeconds(20), java.time.Duration.ofMillis(50));
    ((JavascriptExecutor) browser).executeScript(
        "window.location.hash = '#/process-definition/' + arguments[0] + '/runtime';", definitionId);
    quick.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".djs-element[data-element-id='tindakLanjutUpt']")));
    // every badge drawn (bpmn-js hides the overlays while the view changes)
    quick.until(driver -> ((List<?>) geometry().get("badges")).size() >= 10);
    quick.until(driver -> driver.findElements(By.cssSelector(".loader, .loading-indicator")).stream()
        .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
  }

  @Test
  void managerReadsEveryBadgeOfTheLaporDiagramWhichOpensQuickly() {
    reportsOnEveryStep();
    yearsOfHistory();
    statistik.lupakan();
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("pengaduanLapor").latestVersion().singleResult().getId();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajerE2e", "manajer");
    logIn("cockpit", "manajerE2e", password);
    visible(By.cssSelector(".dashboard"));
    // the dashboard's own section: each process with its share on time and its breaches
    wait.until(driver -> driver.findElements(By.cssSelector(".sp-dasbor-tabel tbody tr")).size() >= 5);
    String dashboard = visible(By.cssSelector(".sp-dasbor")).getText();
    screenshot("cockpit-manajer-dasbor");
    assertNoEnglishText("cockpit-manajer-dasbor");
    assertThat(dashboard).contains("Mutu baku per layanan").contains("Pengaduan SP4N-LAPOR!").contains("57%");
    assertThat(browser.findElements(By.cssSelector(".sp-dasbor-ekspor a"))).as("no export for a manager").isEmpty();

    // the diagram page as a manager opens it from the dashboard (the app loaded): the first visit
    // after the server started, then again, as every later visit
    double[] opened = new double[2];
    for (int visit = 0; visit < 2; visit++) {
      double mark = DiagramTiming.mark(browser);
      openDiagram(definitionId);
      opened[visit] = DiagramTiming.since(browser, mark);
      List<DiagramTiming.Request> requests = DiagramTiming.requestsSince(browser, mark);
      System.out.printf("Cockpit diagram page pengaduanLapor (%d finished steps in history), visit %d: %.0f ms;"
          + " requests, slowest first:%n", HISTORY_ROWS, visit + 1, opened[visit]);
      requests.stream().limit(8).forEach(request -> System.out.println("  " + request));
      if (visit == 0) {
        ((JavascriptExecutor) browser).executeScript("window.location.hash = '#/dashboard';");
        visible(By.cssSelector(".dashboard"));
      }
    }
    screenshot("cockpit-manajer-lapor-overlay");
    assertNoEnglishText("cockpit-manajer-lapor-overlay");

    // every step's badge shown at the fitted view, inside the canvas, none over another or a label
    Map<String, Object> fitted = geometry();
    Box canvas = Box.of((Map<String, Object>) fitted.get("canvas"));
    assertThat(boxes(fitted, "badges")).extracting(Box::id).containsExactlyInAnyOrder("terimaLaporan",
        "verifikasiNasional", "terimaDisposisiInstansi", "verifikasiInstansi", "disposisiEselon1",
        "responAwalEselon1", "verifikasiEselon1", "tindakLanjutEselon1", "terimaDisposisiUpt", "tindakLanjutUpt");
    assertThat(boxes(fitted, "badges")).allSatisfy(badge -> assertThat(badge.inside(canvas)).as("%s", badge).isTrue());
    assertReadable(fitted);

    // zoomed in (ctrl + wheel, as a manager does): the full wording, still apart
    ((JavascriptExecutor) browser).executeScript("""
        const container = document.querySelector('.djs-container');
        const r = container.getBoundingClientRect();
        for (let i = 0; i < 6; i++) {
          container.dispatchEvent(new WheelEvent('wheel', {deltaY: -120, ctrlKey: true, bubbles: true,
            clientX: r.left + r.width * 0.3, clientY: r.top + r.height * 0.3}));
        }""");
    wait.until(driver -> ((List<?>) geometry().get("badges")).stream()
        .anyMatch(badge -> "lengkap".equals(((Map<?, ?>) badge).get("mode"))));
    // the view settled: the same badges twice in a row
    wait.until(driver -> geometry().get("badges").equals(geometry().get("badges")));
    screenshot("cockpit-manajer-lapor-overlay-diperbesar");
    Map<String, Object> zoomed = geometry();
    assertThat(boxes(zoomed, "badges")).isNotEmpty();
    assertReadable(zoomed);
    assertThat(zoomed.get("badges").toString()).contains("tepat waktu").contains("pelanggaran");

    assertThat(opened[0]).as("first visit after the server started, ms").isLessThan(1500);
    assertThat(opened[1]).as("second visit, ms").isLessThan(1500);
  }
}
