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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * An auditor, logged in to Cockpit, downloads the task-duration export, from its link and from the
 * page "Ekspor durasi tugas"; the test parses both files. A manager is not offered the page.
 */
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
    assertNoEnglishText("auditor-unduh-ekspor");

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

  private Path downloaded(String extension) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
      try (Stream<Path> files = Files.list(DOWNLOADS)) {
        return files.filter(file -> file.toString().endsWith(extension)).findFirst().orElse(null);
      } catch (java.io.IOException e) {
        return null;
      }
    });
  }

  private String message() {
    return visible(By.cssSelector(".sp-ekspor-pesan")).getText();
  }

  @Test
  void auditorDownloadsAnXlsxFromTheCockpitPage() throws Exception {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "202")).getId();
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "auditorE2e", "auditor");
    try (Stream<Path> old = Files.list(DOWNLOADS)) {
      old.forEach(file -> file.toFile().delete());
    }

    logIn("cockpit", "auditorE2e", password);
    visible(By.id("sp-menu-ekspor")).click();
    visible(By.id("sp-ekspor-unduh"));
    wait.until(driver -> driver.findElements(By.cssSelector("#sp-ekspor-proses option[value='penerimaanTelepon']"))
        .size() == 1);
    screenshot("auditor-halaman-ekspor");
    assertNoEnglishText("auditor-halaman-ekspor");

    // an empty period: said in the page, nothing downloaded
    browser.findElement(By.id("sp-ekspor-dari")).clear();
    browser.findElement(By.id("sp-ekspor-unduh")).click();
    assertThat(message()).contains("Isi periode dahulu");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "for (const [id, value] of [['sp-ekspor-dari', '2030-01-02'], ['sp-ekspor-sampai', '2030-01-01']]) {"
            + " const input = document.getElementById(id); input.value = value;"
            + " input.dispatchEvent(new Event('change')); }");
    browser.findElement(By.id("sp-ekspor-unduh")).click();
    assertThat(message()).contains("Periode kosong").contains("Selasa, 1 Januari 2030")
        .contains("Rabu, 2 Januari 2030");
    assertThat(browser.findElements(By.cssSelector(".sp-ekspor-tanggal"))).extracting(WebElement::getText)
        .containsExactly("Rabu, 2 Januari 2030", "Selasa, 1 Januari 2030");
    screenshot("auditor-halaman-ekspor-periode-kosong");
    assertNoEnglishText("auditor-halaman-ekspor-periode-kosong");

    String today = LocalDate.now(MutuBaku.WIB).toString();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('sp-ekspor-dari').value = arguments[0];"
            + "document.getElementById('sp-ekspor-sampai').value = arguments[0];", today);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sp-ekspor-proses")))
        .selectByValue("penerimaanTelepon");
    browser.findElement(By.cssSelector("input[name='format'][value='xlsx']")).click();
    browser.findElement(By.id("sp-ekspor-unduh")).click();
    Path xlsx = downloaded(".xlsx");
    wait.until(driver -> message().contains("telah diunduh"));
    screenshot("auditor-halaman-ekspor-terunduh");
    assertNoEnglishText("auditor-halaman-ekspor-terunduh");

    assertThat(xlsx.getFileName().toString()).isEqualTo("durasi-tugas-" + today + "-" + today + ".xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      List<String> header = new java.util.ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      int process = header.indexOf("proses");
      int key = header.indexOf("business_key");
      List<String> keys = new java.util.ArrayList<>();
      for (int row = 1; row <= sheet.getLastRowNum(); row++) {
        assertThat(sheet.getRow(row).getCell(process).getStringCellValue()).isEqualTo("penerimaanTelepon");
        keys.add(sheet.getRow(row).getCell(key).getStringCellValue());
      }
      assertThat(keys).contains(businessKey);
    }
  }

  @Test
  void aManagerIsNotOfferedTheExport() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajerE2e", "manajer");

    logIn("cockpit", "manajerE2e", password);
    visible(By.cssSelector(".dashboard"));
    assertThat(browser.findElements(By.id("sp-menu-ekspor"))).isEmpty();
    browser.get(url("/camunda/app/cockpit/default/#/ekspor-durasi-tugas"));
    String refusal = visible(By.cssSelector(".sp-ekspor [role='alert']")).getText();
    screenshot("manajer-halaman-ekspor-ditolak");
    assertNoEnglishText("manajer-halaman-ekspor-ditolak");

    assertThat(refusal).contains("untuk auditor dan administrator");
    assertThat(browser.findElements(By.id("sp-ekspor-unduh"))).isEmpty();
  }
}
