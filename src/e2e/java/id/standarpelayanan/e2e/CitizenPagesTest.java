package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.TestMailServer;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.surel.PengirimSurel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A citizen on a phone (360 × 740 CSS pixels, a touch screen): files a confidential report with an
 * attachment, keeps its number and access code, tracks it, receives the office's answer by mail,
 * reads it on the tracking page, responds and answers the survey; a stranger who knows only the number learns nothing; an anonymous report
 * sends no identity even one typed before choosing "Anonim"; a 429 says how long to wait. axe-core runs inside
 * every public page, on the phone and on a desktop: no serious or critical violation. Full-page
 * screenshots: target/e2e/publik-*.png; axe's findings of every page: target/e2e/axe-publik.txt.
 */
class CitizenPagesTest extends BrowserTest {

  private static final Path AXE_SCRIPT = Path.of("src/e2e/js/node_modules/axe-core/axe.min.js");
  private static final Path AXE_REPORT = SCREENSHOTS.resolve("axe-publik.txt");
  private static final String NOT_FOUND = "Laporan dengan nomor dan kode akses itu tidak ditemukan. "
      + "Periksa kembali nomor laporan dan kode akses Anda.";
  /** Unique per run: the test SMTP server keeps every mail of the JVM. */
  private static final String REPORTER_EMAIL = "siti.rahmawati." + System.nanoTime() + "@contoh.id";
  private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";
  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
  };

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private PengirimSurel pengirim;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void freshAxeReport() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.deleteIfExists(AXE_REPORT);
  }

  /** The citizen's browser: a phone's screen, and the console kept so a blocked script shows up. */
  @Override
  ChromeOptions browserOptions() {
    ChromeOptions options = withConsole(super.browserOptions());
    options.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "mobile", true, "touch", true),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/140.0 Mobile Safari/537.36"));
    return options;
  }

  /** What the citizen's browser said after the last checked page, for a failure's report. */
  @org.junit.jupiter.api.AfterEach
  void printConsole() {
    browser.manage().logs().get(LogType.BROWSER).getAll().forEach(entry -> System.out.println("[browser] " + entry));
  }

  private static ChromeOptions withConsole(ChromeOptions options) {
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    return options;
  }

  private WebDriver desktop() {
    WebDriver desktop = anotherBrowser(withConsole(super.browserOptions()));
    desktop.manage().window().setSize(new Dimension(1280, 900));
    return desktop;
  }

  @Test
  void citizenOnAPhoneFilesAConfidentialReportWithAnAttachmentTracksItRespondsAndAnswersTheSurvey() throws Exception {
    browser.get(url("/lapor"));
    visible(By.id("form-lapor"));
    checkPage(browser, "1-lapor");

    // nothing filled in: every missing field is named, next to itself and in the summary that takes the focus
    browser.findElement(By.id("kirim")).click();
    WebElement summary = visible(By.id("ringkasan-galat"));
    assertThat(summary.getText()).contains("Isi judul laporan.", "Tuliskan isi laporan.", "Pilih kategori laporan.",
        "Isi nama Anda", "Isi nomor telepon atau e-mail");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("ringkasan-galat");
    assertDescribedByError("judul", "Isi judul laporan.");
    assertThat(browser.findElement(By.id("judul")).getAttribute("aria-invalid")).isEqualTo("true");
    checkPage(browser, "2-lapor-belum-lengkap");

    // the choice of anonymity hides the identity fields, and its consequences are said in plain words
    browser.findElement(By.cssSelector("label[for='identitas-anonim']")).click();
    assertThat(browser.findElement(By.id("bagian-identitas")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("identitas-anonim-keterangan")).getText())
        .contains("tidak disimpan sama sekali", "tidak dapat menghubungi Anda", "tidak dapat dipulihkan");
    browser.findElement(By.cssSelector("label[for='identitas-rahasia']")).click();
    assertThat(browser.findElement(By.id("bagian-identitas")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("identitas-rahasia-keterangan")).getText())
        .contains("hanya Admin Nasional", "tidak ditampilkan kepada publik");

    type("judul", "Pungutan liar di loket pelayanan");
    type("isi", "Petugas loket meminta uang tambahan Rp50.000 agar berkas diproses hari itu juga.");
    browser.findElement(By.cssSelector("label[for='kategori-pengaduan']")).click();
    type("nama", "Siti Rahmawati");
    type("telepon", "12");
    type("email", REPORTER_EMAIL);

    // attachments are checked in the page: by content, size and count
    WebElement files = browser.findElement(By.id("lampiran"));
    files.sendKeys(file("bukan-pdf.pdf", "ini hanya teks biasa".getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(visible(By.id("lampiran-galat")).getText()).contains("bukan-pdf.pdf bukan PDF, JPEG, atau PNG.");
    files.sendKeys(file("terlalu-besar.pdf", pdf(6 * 1024 * 1024)).toString());
    assertThat(visible(By.id("lampiran-galat")).getText()).contains("terlalu-besar.pdf", "paling besar 5 MB");
    assertThat(browser.findElements(By.cssSelector("#daftar-lampiran li"))).isEmpty();

    // the server's refusal (the phone number) is shown next to the field it names and announced
    browser.findElement(By.id("kirim")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("telepon-galat")));
    assertDescribedByError("telepon", "Nomor telepon tidak sah");
    assertThat(browser.findElement(By.id("ringkasan-galat")).getAttribute("role")).isEqualTo("alert");
    checkPage(browser, "3-lapor-ditolak-server");

    browser.findElement(By.id("telepon")).clear();
    type("telepon", "0812-7777-0101");
    files = browser.findElement(By.id("lampiran"));
    files.sendKeys(file("kuitansi.pdf", pdf(40 * 1024)).toString());
    assertThat(visible(By.cssSelector("#daftar-lampiran li")).getText()).contains("kuitansi.pdf", "KB", "Hapus");
    checkPage(browser, "4-lapor-terisi");
    browser.findElement(By.id("kirim")).click();
    wait.until(driver -> driver.findElement(By.id("judul-diterima")).isDisplayed()
        || driver.findElement(By.id("ringkasan-galat")).isDisplayed());
    assertThat(browser.findElement(By.id("ringkasan-galat")).isDisplayed())
        .as("filing with an attachment refused: %s", browser.findElement(By.id("ringkasan-galat")).getText()).isFalse();

    // number and code, shown once with the warning to keep them, a copy button and the tracking link
    WebElement received = visible(By.id("judul-diterima"));
    assertThat(received.getText()).isEqualTo("Laporan Anda telah diterima");
    String nomor = browser.findElement(By.id("hasil-nomor")).getText();
    String kode = browser.findElement(By.id("hasil-kode")).getText();
    assertThat(nomor).matches("LPR-\\d{4}-\\d{6}");
    assertThat(kode).matches(CODE);
    assertThat(browser.findElement(By.id("bagian-diterima")).getText())
        .contains("Simpan nomor laporan dan kode akses ini sekarang", "hanya ditampilkan sekali",
            "juga kami kirim ke alamat e-mail " + REPORTER_EMAIL);
    browser.findElement(By.id("salin")).click();
    wait.until(driver -> !driver.findElement(By.id("status-salin")).getText().isEmpty());
    assertThat(browser.findElement(By.id("status-salin")).getText()).contains("telah disalin");
    assertThat(browser.findElement(By.id("tautan-lacak")).getAttribute("href"))
        .endsWith("/lapor/lacak#nomor=" + nomor + "&kode=" + kode);
    checkPage(browser, "5-diterima");
    assertThat(attachmentsAsAdmin(nomor)).singleElement().satisfies(attachment -> {
      assertThat(attachment).containsEntry("nama", "kuitansi.pdf").containsEntry("jenis", "application/pdf");
      assertThat(((Number) attachment.get("ukuran")).intValue()).isEqualTo(40 * 1024);
    });

    // the link opens the report and takes the code out of the address bar
    browser.findElement(By.id("tautan-lacak")).click();
    visible(By.id("hasil"));
    assertThat(browser.getCurrentUrl()).endsWith("/lapor/lacak").doesNotContain(kode);
    assertThat(text("hasil-nomor")).isEqualTo(nomor);
    assertThat(text("hasil-perihal")).isEqualTo("Pungutan liar di loket pelayanan");
    assertThat(text("hasil-kategori")).isEqualTo("Pengaduan");
    assertThat(text("hasil-diterima")).endsWith("WIB");
    assertThat(browser.findElement(By.cssSelector("#tahapan li[aria-current='step']")).getAttribute("data-status"))
        .isEqualTo("DITERIMA");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Siti Rahmawati", "0812");
    checkPage(browser, "6-lacak-diterima");

    // the mail of the filing (sent by the outbox) carries the same number and code
    pengirim.kirimYangJatuhTempo();
    assertThat(mailText(nomor, "telah diterima")).contains(nomor, kode);

    // the office works the report down to its answer; the reporter receives it by mail
    answerAsOffice(nomor, "Petugas loket telah diperiksa Inspektorat dan uang Anda dikembalikan.\nTerima kasih.");
    pengirim.kirimYangJatuhTempo();
    String answerMail = mailText(nomor, "telah dijawab");
    assertThat(answerMail).contains("Petugas loket telah diperiksa Inspektorat").doesNotContain(kode);
    Matcher link = Pattern.compile("https?://[^/\\s]+(/lapor/lacak#nomor=\\S+)").matcher(answerMail);
    assertThat(link.find()).as("tracking link in the mail:%n%s", answerMail).isTrue();

    // the link of the mail (number only) on the phone; the code typed by hand, in lower case as people type
    browser.get(url(link.group(1)));
    wait.until(driver -> nomor.equals(driver.findElement(By.id("nomor")).getAttribute("value")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("kode");
    assertThat(browser.getCurrentUrl()).endsWith("/lapor/lacak");
    type("kode", kode.toLowerCase());
    browser.findElement(By.id("tombol-lacak")).click();
    visible(By.id("bagian-jawaban"));
    assertThat(text("hasil-jawaban"))
        .isEqualTo("Petugas loket telah diperiksa Inspektorat dan uang Anda dikembalikan.\nTerima kasih.");
    assertThat(browser.findElement(By.cssSelector("#tahapan li[aria-current='step']")).getAttribute("data-status"))
        .isEqualTo("SELESAI");
    assertThat(browser.findElement(By.id("form-tanggapan")).isDisplayed()).isTrue();
    checkPage(browser, "7-lacak-dijawab");

    browser.findElement(By.id("tombol-tanggapan")).click();
    assertThat(visible(By.id("puas-galat")).getText()).contains("Pilih apakah Anda puas");
    browser.findElement(By.cssSelector("label[for='puas-ya']")).click();
    type("catatan", "Terima kasih, ditangani dengan cepat.");
    browser.findElement(By.id("tombol-tanggapan")).click();
    visible(By.id("bagian-survei"));
    assertThat(text("pesan")).isEqualTo("Tanggapan Anda telah kami terima. Terima kasih.");
    assertThat(text("hasil-puas")).isEqualTo("Anda puas dengan jawaban ini.");
    assertThat(text("hasil-catatan")).isEqualTo("Terima kasih, ditangani dengan cepat.");
    assertThat(browser.findElement(By.id("form-tanggapan")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector("#tahapan li[aria-current='step']")).getAttribute("data-status"))
        .isEqualTo("DITUTUP");
    checkPage(browser, "8-lacak-ditutup");

    // the survey: nine elements, four answers each, worded by the server; once
    int answeredBefore = surveyAnswersToday();
    browser.findElement(By.id("tautan-survei")).click();
    visible(By.id("form-survei"));
    String surveyUrl = browser.getCurrentUrl();
    assertThat(surveyUrl).matches(".*/survei/[^/]+$");
    List<WebElement> elements = browser.findElements(By.cssSelector("#daftar-unsur fieldset"));
    assertThat(elements).hasSize(9);
    assertThat(elements).allSatisfy(element -> {
      assertThat(element.findElements(By.cssSelector("input[type='radio']"))).hasSize(4);
      assertThat(element.findElement(By.tagName("legend")).getText()).isNotBlank();
    });
    assertThat(elements.get(0).getText()).contains("Persyaratan");
    checkPage(browser, "9-survei");

    elements.subList(0, 8).forEach(element -> element.findElements(By.tagName("label")).get(3).click());
    browser.findElement(By.id("tombol-survei")).click();
    assertThat(visible(By.id("ringkasan-galat")).getText()).contains("Pilih jawaban untuk");
    elements.get(8).findElements(By.tagName("label")).get(2).click();
    browser.findElement(By.id("tombol-survei")).click();
    assertThat(visible(By.id("judul-terima-kasih")).getText()).isEqualTo("Terima kasih");
    checkPage(browser, "10-survei-terima-kasih");
    assertThat(surveyAnswersToday()).isEqualTo(answeredBefore + 1);

    browser.get(surveyUrl);
    assertThat(visible(By.cssSelector("#keadaan h2")).getText()).isEqualTo("Survei sudah diisi");
    assertThat(browser.findElement(By.id("form-survei")).isDisplayed()).isFalse();
    checkPage(browser, "11-survei-sudah-diisi");
  }

  @Test
  void anAnonymousReportSendsNoIdentityEvenWhenOneWasTypedFirst() throws Exception {
    browser.get(url("/lapor"));
    type("judul", "Jalan berlubang di depan kantor");
    type("isi", "Lubang besar di jalur masuk, berbahaya bagi pengendara motor.");
    browser.findElement(By.cssSelector("label[for='kategori-aspirasi']")).click();
    type("nama", "Nama Yang Tidak Boleh Tersimpan");
    type("email", "tidak.boleh@contoh.id");
    browser.findElement(By.cssSelector("label[for='identitas-anonim']")).click();
    assertThat(visible(By.id("catatan-anonim")).getText()).contains("tanpa nama, telepon, atau e-mail");
    browser.findElement(By.id("kirim")).click();

    visible(By.id("judul-diterima"));
    String nomor = browser.findElement(By.id("hasil-nomor")).getText();
    assertThat(browser.findElement(By.id("info-anonim")).getText()).contains("tidak dapat diterbitkan ulang");
    assertThat(browser.findElement(By.id("info-email")).isDisplayed()).isFalse();
    checkPage(browser, "14-diterima-anonim");

    String password = TestUsers.ensure(processEngine.getIdentityService(), "adminNasionalPublik", "adminNasional");
    HttpResponse<String> identity = http.send(HttpRequest.newBuilder(URI.create(url("/api/laporan/" + nomor + "/pelapor")))
        .header("Authorization", basic("adminNasionalPublik", password)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(identity.statusCode()).as(identity.body()).isEqualTo(404);
    assertThat(identity.body()).contains("anonim").doesNotContain("Tidak Boleh");
  }

  @Test
  void tooManyRequestsSaysHowLongToWait() throws Exception {
    browser.get(url("/lapor/lacak"));
    // the server's throttle, as the page receives it (the throttle itself is tested on the server)
    ((JavascriptExecutor) browser).executeScript("window.fetch = () => Promise.resolve(new Response("
        + "JSON.stringify({title: 'Terlalu banyak permintaan', detail: 'Terlalu banyak permintaan.'}),"
        + " {status: 429, headers: {'Content-Type': 'application/problem+json', 'Retry-After': '120'}}));");
    type("nomor", "LPR-2026-000001");
    type("kode", "ABCD-EFGH-JKMN-PQRS");
    browser.findElement(By.id("tombol-lacak")).click();
    wait.until(driver -> !driver.findElement(By.id("pesan")).getText().isEmpty());
    assertThat(text("pesan")).isEqualTo("Terlalu banyak permintaan dari jaringan Anda. Silakan coba lagi dalam 2 menit.");
    checkPage(browser, "15-lacak-terlalu-banyak");
  }

  @Test
  void aStrangerWithTheNumberButNotTheCodeLearnsNothing() throws Exception {
    Map<String, Object> filed = fileReport("Rahasia: atasan saya menerima suap", true);
    String nomor = (String) filed.get("nomor");
    String kode = (String) filed.get("kodeAkses");
    answerAsOffice(nomor, "Laporan diteruskan ke Inspektorat Jenderal untuk pemeriksaan.");

    WebDriver stranger = desktop();
    WebDriverWait strangerWait = new WebDriverWait(stranger, Duration.ofSeconds(20));
    String wrongCode = kode.startsWith("A") ? "B" + kode.substring(1) : "A" + kode.substring(1);

    // the number with a wrong code, a fragment link with a wrong code, the number without a code
    String wrongCodePage = lookUp(stranger, strangerWait, nomor, wrongCode);
    stranger.get(url("/lapor/lacak#nomor=" + nomor + "&kode=" + wrongCode));
    strangerWait.until(driver -> !driver.findElement(By.id("pesan")).getText().isEmpty());
    assertThat(stranger.findElement(By.id("pesan")).getText()).isEqualTo(NOT_FOUND);
    assertThat(stranger.getCurrentUrl()).doesNotContain(wrongCode);
    stranger.get(url("/lapor/lacak"));
    stranger.findElement(By.id("nomor")).sendKeys(nomor);
    stranger.findElement(By.id("tombol-lacak")).click();
    assertThat(strangerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kode-galat"))).getText())
        .contains("Isi kode akses.");

    // ... see exactly what an unknown number shows, even with the right code
    String unknownPage = lookUp(stranger, strangerWait, "LPR-2026-999999", kode);
    assertThat(wrongCodePage).isEqualTo(unknownPage);
    assertThat(wrongCodePage).contains(NOT_FOUND);
    checkPage(stranger, "12-desktop-tanpa-kode");
    String source = stranger.getPageSource();
    assertThat(source).doesNotContain("menerima suap", "Inspektorat Jenderal");
    assertThat(stranger.findElement(By.id("hasil")).isDisplayed()).isFalse();

    // the reporter's own browser, with the code, sees it
    String ownPage = lookUp(browser, wait, nomor, kode);
    assertThat(ownPage).contains("Rahasia: atasan saya menerima suap", "Inspektorat Jenderal");
  }

  @Test
  void everyPublicPageHasNoSeriousOrCriticalAxeViolationOnAPhoneAndOnADesktop() throws Exception {
    Map<String, Object> filed = fileReport("Antrean layanan terlalu lama", false);
    String nomor = (String) filed.get("nomor");
    String kode = (String) filed.get("kodeAkses");
    answerAsOffice(nomor, "Loket tambahan dibuka mulai bulan depan.");
    String awaiting = "/lapor/lacak#nomor=" + nomor + "&kode=" + kode;

    Map<String, Object> closed = fileReport("Ruang tunggu panas", false);
    answerAsOffice((String) closed.get("nomor"), "Pendingin ruangan sudah diperbaiki.");
    respond((String) closed.get("nomor"), (String) closed.get("kodeAkses"));
    String survey = (String) track((String) closed.get("nomor"), (String) closed.get("kodeAkses")).get("survei");
    assertThat(survey).startsWith("/survei/");

    WebDriver desktop = desktop();
    for (Map.Entry<String, WebDriver> screen : List.of(Map.entry("hp", browser), Map.entry("desktop", desktop))) {
      WebDriver driver = screen.getValue();
      WebDriverWait screenWait = new WebDriverWait(driver, Duration.ofSeconds(20));
      String prefix = "13-" + screen.getKey() + "-";

      driver.get(url("/lapor"));
      screenWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-lapor")));
      checkPage(driver, prefix + "lapor");

      driver.get(url(awaiting));
      screenWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-tanggapan")));
      checkPage(driver, prefix + "lacak-dijawab");

      driver.get(url("/survei"));
      screenWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kode")));
      checkPage(driver, prefix + "survei-kode");
      driver.findElement(By.id("kode")).sendKeys("KODE-TIDAK-ADA");
      driver.findElement(By.cssSelector("#form-kode button")).click();
      assertThat(screenWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#keadaan h2")))
          .getText()).isEqualTo("Survei tidak ditemukan");
      assertThat(driver.getCurrentUrl()).endsWith("/survei/KODE-TIDAK-ADA");
      checkPage(driver, prefix + "survei-tidak-dikenal");

      driver.get(url(survey));
      screenWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-survei")));
      checkPage(driver, prefix + "survei");
    }
  }

  // --- the page as a person and a screen reader get it ---

  /**
   * axe-core inside the page (no serious or critical violation; every finding written to the report),
   * Bahasa Indonesia, no sideways scrolling, no script or style the browser refused; a full-page screenshot.
   */
  private void checkPage(WebDriver driver, String name) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("id");
    Number overflow = (Number) js.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("%s scrolls sideways", name).isLessThanOrEqualTo(0);

    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(Files.readString(AXE_SCRIPT));
    }
    String result = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']})"
        + ".then(r => done(JSON.stringify({version: axe.version, violations: r.violations})),"
        + " e => done(JSON.stringify({error: String(e)})));");
    Map<String, Object> axe = json.readValue(result, JSON_OBJECT);
    assertThat(axe).as("axe-core ran").doesNotContainKey("error");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) axe.get("violations");
    String findings = violations.stream().map(v -> "  " + v.get("impact") + " " + v.get("id") + ": " + v.get("help")
        + " " + ((List<?>) v.get("nodes")).stream().map(n -> String.valueOf(((Map<?, ?>) n).get("target")))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
    Files.writeString(AXE_REPORT, "publik-" + name + " (axe-core " + axe.get("version") + "): "
        + (violations.isEmpty() ? "no violation\n" : violations.size() + " finding(s)\n" + findings + "\n"),
        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertThat(violations).as("axe-core on %s:\n%s", name, findings)
        .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));

    List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> "SEVERE".equals(entry.getLevel().getName()))
        .map(LogEntry::getMessage)
        // an API's 404 or 409 is an answer the page shows, not an error of the page
        .filter(message -> !message.contains("Failed to load resource"))
        .toList();
    assertThat(refused).as("console errors on %s", name).isEmpty();
    fullPageScreenshot(driver, "publik-" + name);
  }

  private void fullPageScreenshot(WebDriver driver, String name) {
    ChromiumDriver chromium = (ChromiumDriver) driver;
    Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Number> viewport = (Map<String, Number>) metrics.get("cssLayoutViewport");
    double width = viewport.get("clientWidth").doubleValue();
    double height = Math.min(size.get("height").doubleValue(), 8000);
    Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertDescribedByError(String field, String message) {
    WebElement error = visible(By.id(field + "-galat"));
    assertThat(error.getText()).contains(message);
    assertThat(browser.findElement(By.id(field)).getAttribute("aria-describedby")).contains(field + "-galat");
  }

  private void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  private String text(String id) {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "return document.getElementById(arguments[0]).textContent", id);
  }

  /** Looks a report up on the tracking page; the page's visible text once it has answered. */
  private String lookUp(WebDriver driver, WebDriverWait driverWait, String nomor, String kode) {
    driver.get(url("/lapor/lacak"));
    driver.findElement(By.id("nomor")).sendKeys(nomor);
    driver.findElement(By.id("kode")).sendKeys(kode);
    driver.findElement(By.id("tombol-lacak")).click();
    driverWait.until(d -> !d.findElement(By.id("pesan")).getText().isEmpty() || d.findElement(By.id("hasil")).isDisplayed());
    return driver.findElement(By.tagName("body")).getText();
  }

  private static Path file(String name, byte[] content) throws IOException {
    Path path = SCREENSHOTS.resolve("berkas").resolve(name).toAbsolutePath();
    Files.createDirectories(path.getParent());
    return Files.write(path, content);
  }

  /** A one-page PDF, padded with a comment to {@code size} bytes. */
  private static byte[] pdf(int size) {
    String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n";
    StringBuilder pdf = new StringBuilder(body).append('%');
    while (pdf.length() < size - 7) {
      pdf.append('x');
    }
    return pdf.append("\n%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  // --- the office's side and the API, as the other parties use them ---

  private Map<String, Object> fileReport(String judul, boolean rahasia) throws Exception {
    String body = json.writeValueAsString(Map.of("judul", judul, "isi", "Rincian laporan untuk uji halaman publik.",
        "kategori", "PENGADUAN", "anonim", false, "rahasia", rahasia, "nama", "Budi Santoso",
        "telepon", "0812-7777-0202"));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/laporan")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readValue(response.body(), JSON_OBJECT);
  }

  private void respond(String nomor, String kode) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/laporan/" + nomor + "/tanggapan")))
        .header("Content-Type", "application/json").header("X-Kode-Akses", kode)
        .POST(HttpRequest.BodyPublishers.ofString("{\"puas\": true, \"catatan\": \"\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }

  private Map<String, Object> track(String nomor, String kode) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/laporan/" + nomor)))
        .header("X-Kode-Akses", kode).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), JSON_OBJECT);
  }

  /** The admins work the report through their steps (as PengaduanLaporProcessTest does) down to the answer. */
  private void answerAsOffice(String nomor, String jawaban) {
    String pi = runtime.createProcessInstanceQuery().processDefinitionKey("pengaduanLapor")
        .processInstanceBusinessKey(nomor).singleResult().getId();
    complete(pi, "terimaLaporan", Map.of("laporanDiterima", true));
    complete(pi, "verifikasiNasional", Map.of("instansiTujuan", "Kementerian PANRB"));
    complete(pi, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    complete(pi, "verifikasiInstansi", Map.of("sesuaiKewenangan", true));
    complete(pi, "disposisiEselon1", Map.of("unitEselon1", "Inspektorat"));
    complete(pi, "responAwalEselon1", Map.of("responAwal", "Laporan diterima dan sedang ditelaah"));
    complete(pi, "verifikasiEselon1", Map.of("kewenangan", "ESELON1"));
    complete(pi, "tindakLanjutEselon1", Map.of("jawaban", jawaban));
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("task %s", taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  /** The text of the one mail to the reporter whose subject is "Laporan {nomor} {ending}". */
  private static String mailText(String nomor, String ending) throws Exception {
    List<MimeMessage> mails = TestMailServer.receivedBy(REPORTER_EMAIL).stream()
        .filter(mail -> subject(mail).equals("Laporan " + nomor + " " + ending)).toList();
    assertThat(mails).as("mail '%s' of %s", ending, nomor).hasSize(1);
    return ((String) mails.get(0).getContent()).replace("\r\n", "\n");
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report's attachments as the handling admins list them. */
  private List<Map<String, Object>> attachmentsAsAdmin(String nomor) throws Exception {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "adminNasionalPublik", "adminNasional");
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/laporan/" + nomor + "/lampiran")))
        .header("Authorization", basic("adminNasionalPublik", password)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), new TypeReference<List<Map<String, Object>>>() {
    });
  }

  /** Questionnaires of pengaduanLapor answered today, as staff read them (IKM). */
  private int surveyAnswersToday() throws Exception {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "auditorPublik", "auditor");
    String today = LocalDate.now(MutuBaku.WIB).toString();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
        url("/api/survei/ikm?proses=pengaduanLapor&dari=" + today + "&sampai=" + today)))
        .header("Authorization", basic("auditorPublik", password)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> hasil = (Map<String, Object>) json.readValue(response.body(), JSON_OBJECT).get("hasil");
    return ((Number) hasil.get("jumlahResponden")).intValue();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
