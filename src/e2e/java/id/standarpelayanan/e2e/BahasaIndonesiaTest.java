package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;

/**
 * Tasklist, Cockpit and Admin in Bahasa Indonesia, with dates in WIB and no vendor banner, seen from
 * a browser set to American English in New York's time zone: neither the browser's language nor
 * its zone decides what staff see. Screenshots: target/e2e/bahasa-*.png.
 */
class BahasaIndonesiaTest extends BrowserTest {

  private static final String INSTANSI = "Balai Kekarantinaan Kesehatan Kelas I Banten";
  private static final DateTimeFormatter WIB_LONG = DateTimeFormatter
      .ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm 'WIB'", Locale.forLanguageTag("id-ID"))
      .withZone(ZoneId.of("Asia/Jakarta"));

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;

  @Override
  String browserLanguage() {
    return "en-US";
  }

  @Override
  Map<String, String> browserEnvironment() {
    return Map.of("TZ", "America/New_York");
  }

  @Test
  void tasklistCockpitAndAdminSpeakBahasaIndonesiaWithDatesInWib() {
    assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .isEqualTo("America/New_York");

    // Tasklist: login page with the application's and the institution's name
    browser.get(url("/camunda/app/tasklist/default/"));
    WebElement names = visible(By.cssSelector(".standar-pelayanan-login"));
    assertThat(names.getText()).isEqualTo("Standar Pelayanan\nTasklist\n" + INSTANSI);
    assertThat(browser.findElement(By.cssSelector(".login-logo")).isDisplayed()).isFalse();
    assertThat(visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
        .isEqualTo("Nama pengguna");
    assertThat(browser.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Masuk");
    screenshot("bahasa-1-tasklist-login");

    String password = TestUsers.ensure(processEngine.getIdentityService(), "petugasBahasa", "bidangMutasiStatus");
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "102")).getId();
    java.util.Date due = tasks.createTaskQuery().processInstanceId(pi).singleResult().getDueDate();
    logIn("tasklist", "petugasBahasa", password);
    visible(By.xpath("//*[contains(text(),'Tugas Bidang Mutasi dan Status Kepegawaian')]")).click();
    // this call's task (other tests leave calls of the same unit in the list)
    wait.until(driver -> driver.getCurrentUrl().contains("filter="));
    browser.get(browser.getCurrentUrl() + "&task=" + tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(.),'Terima panggilan dan tanyakan keperluan')]"));
    visible(By.xpath("//*[normalize-space(text())='Klaim']"));
    // the card of the open task (the list may hold other calls of the unit)
    WebElement dueDate = visible(By.cssSelector(".tasks-list li.active .due-date span[am-time-ago]"));
    assertThat(dueDate.getAttribute("uib-tooltip")).isEqualTo(WIB_LONG.format(due.toInstant()));
    assertThat(visible(By.cssSelector(".tasks-list li.active .due-date")).getText()).startsWith("Tenggat dalam");
    assertThat(browser.findElement(By.id("footer-timezone")).getText()).contains("WIB (Asia/Jakarta)");
    assertHeaderAndNoBanner("Tasklist");
    screenshot("bahasa-2-tasklist-tugas");

    // English stays available, chosen in the footer, and Bahasa Indonesia comes back the same way
    browser.findElement(By.cssSelector(".standar-pelayanan-bahasa a[data-bahasa='en']")).click();
    visible(By.xpath("//*[normalize-space(text())='Claim']"));
    screenshot("bahasa-3-tasklist-english");
    visible(By.cssSelector(".standar-pelayanan-bahasa a[data-bahasa='id']")).click();
    visible(By.xpath("//*[normalize-space(text())='Klaim']"));

    // Cockpit
    logInAnew("cockpit", "manajerBahasa", "manajer", "bahasa-4-cockpit");
    visible(By.xpath("//a[normalize-space(.)='Proses']"));
    visible(By.xpath("//*[normalize-space(text())='Instans Proses yang Berjalan']"));
    visible(By.xpath("//*[normalize-space(text())='Tugas Pengguna yang Terbuka']"));
    assertHeaderAndNoBanner("Cockpit");

    // Admin
    logInAnew("admin", "adminBahasa", "camunda-admin", "bahasa-5-admin");
    visible(By.xpath("//a[normalize-space(.)='Pengguna']"));
    visible(By.xpath("//a[normalize-space(.)='Grup']"));
    assertHeaderAndNoBanner("Admin");

    // the Welcome page, with the same session
    browser.get(url("/camunda/app/welcome/default/"));
    visible(By.xpath("//*[normalize-space(text())='Aplikasi']"));
    assertHeaderAndNoBanner("Beranda");
    screenshot("bahasa-6-beranda");
  }

  /** Logs in to {@code app} in a new session as a member of {@code group}; a screenshot once it is drawn. */
  private void logInAnew(String app, String user, String group, String screenshot) {
    browser.manage().deleteAllCookies();
    logIn(app, user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
    visible(By.cssSelector(".brand-name"));
    screenshot(screenshot);
  }

  private void assertHeaderAndNoBanner(String webapp) {
    assertThat(visible(By.cssSelector(".brand-name")).getText())
        .isEqualTo("Standar Pelayanan " + webapp + " · " + INSTANSI);
    assertNoVendorBanner();
  }

  private void assertNoVendorBanner() {
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
        banner -> assertThat(banner.isDisplayed()).as("vendor banner shown").isFalse());
    assertThat(browser.findElements(By.xpath("//*[contains(text(),'Camunda 8')]"))).allSatisfy(
        text -> assertThat(text.isDisplayed()).as("migration text shown").isFalse());
  }
}
