package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.TestUsers;

/**
 * In Tasklist, an SP4N-LAPOR! admin opens a report's task and finds its attachments in the tab
 * "Lampiran"; a phone clerk at a call's closing step finds the survey code in the tab "Survei" and
 * prints the service's QR card. Each tab is absent from the other's task.
 */
class LampiranSurveiTasklistTest extends BrowserTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;

  private static final byte[] PDF = "%PDF-1.7\n% bukti pungutan liar di loket\n%%EOF\n".getBytes();

  private String fileAReportWithAnAttachment() throws Exception {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    HttpHeaders pdf = new HttpHeaders();
    pdf.setContentType(MediaType.APPLICATION_PDF);
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("laporan", new HttpEntity<>("{\"judul\": \"Pungutan di loket\", \"isi\": \"Diminta uang tanpa kuitansi\","
        + " \"kategori\": \"PENGADUAN\", \"anonim\": true}", json));
    parts.add("lampiran", new HttpEntity<>(new ByteArrayResource(PDF) {
      @Override
      public String getFilename() {
        return "Bukti pungutan.pdf";
      }
    }, pdf));
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> filed = rest.exchange("/api/laporan", HttpMethod.POST, new HttpEntity<>(parts, multipart),
        String.class);
    assertThat(filed.getStatusCode().value()).as(filed.getBody()).isEqualTo(201);
    return new ObjectMapper().readTree(filed.getBody()).path("nomor").asText();
  }

  private String callAtClosingStep() {
    String pi = runtime.startProcessInstanceByKey("layananInformasiTelepon").getId();
    tasks.complete(openTask(pi), Map.of("salamDiucapkan", true));
    Map<String, Object> identity = new HashMap<>();
    identity.put("namaPemohon", "Rina Siregar");
    identity.put("instansi", "SMA Negeri 1 Balige");
    identity.put("kabupatenKota", "Kabupaten Toba");
    identity.put("nomorTelepon", "0812 6000 1234");
    identity.put("pertanyaan", "Jadwal akreditasi sekolah");
    tasks.complete(openTask(pi), identity);
    tasks.complete(openTask(pi), Map.of("hasilTelaah", "Tersedia", "informasiTersedia", true,
        "jawaban", "Jadwal akreditasi diumumkan Maret"));
    return openTask(pi);
  }

  private String openTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  /** Opens the group's filter, as staff do, then the task in it. */
  private void openInTasklist(String filter, String taskId, String taskName) {
    visible(By.xpath("//*[contains(text(),'" + filter + "')]")).click();
    wait.until(driver -> driver.getCurrentUrl().contains("filter="));
    browser.get(browser.getCurrentUrl() + "&task=" + taskId);
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(.),'" + taskName + "')]"));
  }

  private By tab(String label) {
    return By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='" + label + "']");
  }

  private boolean tabShown(String label) {
    List<WebElement> tabs = browser.findElements(tab(label));
    return !tabs.isEmpty() && tabs.get(0).isDisplayed();
  }

  @Test
  void aLaporAdminSeesTheReportsAttachmentsAndDownloadsOne() throws Exception {
    String nomor = fileAReportWithAnAttachment();
    String taskId = openTask(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult()
        .getId());
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eNasional", "adminNasional");

    logIn("tasklist", "e2eNasional", password);
    openInTasklist("Tugas Admin Nasional", taskId, "Terima laporan masuk");
    wait.until(driver -> tabShown("Lampiran"));
    assertThat(tabShown("Survei")).as("no survey tab on a report's task").isFalse();
    assertThat(tabShown("Penelepon")).as("no caller tab on a report's task").isFalse();
    visible(tab("Lampiran")).click();
    WebElement link = visible(By.xpath("//a[normalize-space(.)='Unduh']"));
    assertThat(visible(By.xpath("//td[normalize-space(.)='Bukti pungutan.pdf']")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.xpath("//td[normalize-space(.)='PDF']")).isDisplayed()).isTrue();
    screenshot("tasklist-lampiran-laporan");
    assertNoEnglishText("tasklist-lampiran-laporan");

    Path downloaded = DOWNLOADS.resolve("Bukti pungutan.pdf");
    Files.deleteIfExists(downloaded);
    link.click();
    wait.withTimeout(Duration.ofSeconds(20)).until(driver -> Files.exists(downloaded));
    wait.until(driver -> {
      try {
        return java.util.Arrays.equals(Files.readAllBytes(downloaded), PDF);
      } catch (java.io.IOException e) {
        return false;
      }
    });
  }

  /**
   * Tasklist's own form sends the step's read-only fields (judul, kategori, isi) back with the
   * answer; the engine's guard of what the public sees lets that through unchanged, and the report
   * moves on, while the public text stays the citizen's.
   */
  @Test
  void aLaporAdminCompletesTheStepThroughTasklistsForm() throws Exception {
    String nomor = fileAReportWithAnAttachment();
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
    String taskId = openTask(pi);
    String judul = (String) runtime.getVariable(pi, "judul");
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eNasional", "adminNasional");

    logIn("tasklist", "e2eNasional", password);
    openInTasklist("Tugas Admin Nasional", taskId, "Terima laporan masuk");
    visible(tab("Formulir")).click();
    visible(By.xpath("//*[normalize-space(text())='Klaim']")).click();
    visible(By.xpath("//label[contains(.,'Laporan diterima dan tercatat')]")).click();
    screenshot("tasklist-lapor-formulir");
    visible(By.xpath("//button[normalize-space(.)='Selesaikan']")).click();
    wait.until(driver -> processEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
        .finished().count() == 1);

    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult()
        .getTaskDefinitionKey()).isEqualTo("verifikasiNasional");
    assertThat(runtime.getVariable(pi, "judul")).isEqualTo(judul);
  }

  @Test
  void aReportWithoutFilesSaysSo() throws Exception {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    String nomor = new ObjectMapper().readTree(rest.exchange("/api/laporan", HttpMethod.POST, new HttpEntity<>(
        "{\"judul\": \"Antrean\", \"isi\": \"Lama\", \"kategori\": \"ASPIRASI\", \"anonim\": true}", json),
        String.class).getBody()).path("nomor").asText();
    String taskId = openTask(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult()
        .getId());
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eNasional", "adminNasional");

    logIn("tasklist", "e2eNasional", password);
    openInTasklist("Tugas Admin Nasional", taskId, "Terima laporan masuk");
    visible(tab("Lampiran")).click();
    assertThat(visible(By.xpath("//p[normalize-space(.)='Tidak ada lampiran.']")).isDisplayed()).isTrue();
    screenshot("tasklist-lampiran-kosong");

    // another report chosen while the tab is open: the tab shows that report's files
    String withFile = fileAReportWithAnAttachment();
    String otherTask = openTask(runtime.createProcessInstanceQuery().processInstanceBusinessKey(withFile)
        .singleResult().getId());
    browser.get(browser.getCurrentUrl().replace(taskId, otherTask));
    assertThat(visible(By.xpath("//td[normalize-space(.)='Bukti pungutan.pdf']")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.xpath("//p[normalize-space(.)='Tidak ada lampiran.']"))).isEmpty();
  }

  @Test
  void aClerkAtTheClosingStepReadsTheSurveyCodeAndPrintsTheQrCard() {
    String taskId = callAtClosingStep();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eFrontOffice", "frontOffice");

    logIn("tasklist", "e2eFrontOffice", password);
    openInTasklist("Tugas Front Office", taskId, "Ucapkan salam penutup");
    wait.until(driver -> tabShown("Survei"));
    assertThat(tabShown("Lampiran")).as("no attachments tab on a call").isFalse();
    // the caller's identity is kept apart from the engine: the lane reads it in its own tab
    wait.until(driver -> tabShown("Penelepon"));
    visible(tab("Penelepon")).click();
    assertThat(visible(By.xpath("//dd[normalize-space(.)='Rina Siregar']")).isDisplayed()).isTrue();
    assertThat(visible(By.xpath("//dd[normalize-space(.)='081260001234']")).isDisplayed()).isTrue();
    screenshot("tasklist-penelepon");
    assertNoEnglishText("tasklist-penelepon");
    visible(tab("Survei")).click();
    String code = visible(By.cssSelector(".standar-pelayanan-kode-survei")).getText();
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(visible(By.xpath("//a[contains(@href,'/survei/" + code + "')]")).getText())
        .isEqualTo("http://localhost:8080/survei/" + code);
    screenshot("tasklist-survei-kode");

    String tasklist = browser.getWindowHandle();
    visible(By.xpath("//a[normalize-space(.)='Cetak kartu kode QR survei layanan ini']")).click();
    wait.until(driver -> driver.getWindowHandles().size() == 2);
    browser.getWindowHandles().stream().filter(handle -> !handle.equals(tasklist)).findFirst()
        .ifPresent(handle -> browser.switchTo().window(handle));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".qr svg")));
    assertThat(browser.getPageSource()).contains("Bagaimana pelayanan kami?", "http://localhost:8080/survei");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(700, 1000));
    screenshot("survei-kartu-qr");
  }
}
