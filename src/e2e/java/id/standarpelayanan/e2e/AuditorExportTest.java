package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.mutubaku.MutuBaku;

/** An auditor, logged in to Cockpit, downloads the task-duration export; the test parses it. */
class AuditorExportTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;

  @Test
  void auditorDownloadsTheExportAndItParses() throws Exception {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "203")).getId();
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "auditorE2e", "auditor");
    String today = LocalDate.now(MutuBaku.WIB).toString();
    try (Stream<Path> old = Files.list(DOWNLOADS)) {
      old.forEach(file -> file.toFile().delete());
    }

    logIn("cockpit", "auditorE2e", password);
    visible(By.xpath("//a[contains(.,'Processes') or contains(.,'Proses')]"));
    browser.get(url("/api/audit/durasi-tugas?dari=" + today + "&sampai=" + today));
    Path csv = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
      try (Stream<Path> files = Files.list(DOWNLOADS)) {
        return files.filter(file -> file.toString().endsWith(".csv")).findFirst().orElse(null);
      } catch (java.io.IOException e) {
        return null;
      }
    });
    screenshot("auditor-unduh-ekspor");

    List<CSVRecord> rows;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertThat(reader.read()).isEqualTo('\uFEFF');
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
    assertThat(rows).anySatisfy(row -> {
      assertThat(row.get("business_key")).isEqualTo(businessKey);
      assertThat(row.get("task_key")).isEqualTo("terimaPanggilan");
      assertThat(row.get("kelompok")).isEqualTo("bidangPengembanganSupervisi");
      assertThat(row.get("mutu_baku_detik")).isEqualTo("60");
    });
    assertThat(Files.readString(csv)).doesNotContain("0618453744");
  }
}
