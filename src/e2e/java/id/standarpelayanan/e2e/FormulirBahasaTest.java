package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.standarpelayanan.TestUsers;

/**
 * A Camunda Form as a clerk sees it in Tasklist, from a browser in American English whose date
 * differs from the date in WIB (a zone west or east of Jakarta, chosen by the hour): a select, a
 * searchable select, a tag list, a required field left empty and a date, all in Bahasa Indonesia,
 * the date picker in Indonesian with today in WIB, the Riwayat tab in WIB, and an Admin notice
 * without the engine's English. The form and its process exist only for this test
 * (src/test/resources/bahasa). Screenshots: target/e2e/formulir-*.png.
 */
class FormulirBahasaTest extends BrowserTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Locale ID = Locale.forLanguageTag("id-ID");
  /** English that form-js and flatpickr write when nothing translates them. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(Select|Search|Field|required|Please|Value|results|Skip|Remove|January|February|March|May|June|July|"
          + "August|October|December|Sun|Mon|Tue|Wed|Thu|Fri|Sat|mm/dd/yyyy|dd/mm/yyyy)\\b");

  @org.springframework.beans.factory.annotation.Autowired
  private AuthorizationService authorizations;

  private String deploymentId;
  private String authorizationId;

  @Override
  String browserLanguage() {
    return "en-US";
  }

  /** A zone whose date is not the date in WIB now: UTC-11 until 17.00 WIB, UTC+14 after. */
  @Override
  Map<String, String> browserEnvironment() {
    return Map.of("TZ", ZonedDateTime.now(WIB).getHour() < 17 ? "Pacific/Pago_Pago" : "Pacific/Kiritimati");
  }

  @AfterEach
  void removeTheTestProcess() {
    if (deploymentId != null) {
      processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
    if (authorizationId != null) {
      authorizations.deleteAuthorization(authorizationId);
    }
  }

  @Test
  void aCamundaFormWithItsDatePickerAndTheRiwayatTabSpeakBahasaIndonesiaInWib() {
    deploymentId = processEngine.getRepositoryService().createDeployment().name("ujiBahasa")
        .addClasspathResource("bahasa/uji-bahasa.bpmn").addClasspathResource("bahasa/ujiBahasa-isiFormulir.form")
        .deploy().getId();
    // the clerks read the history of their own processes; this one is the test's
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("bidangMutasiStatus");
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("ujiBahasa");
    grant.addPermission(ProcessDefinitionPermissions.READ);
    grant.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
    authorizationId = authorizations.saveAuthorization(grant).getId();

    String password = TestUsers.ensure(processEngine.getIdentityService(), "petugasFormulir", "bidangMutasiStatus");
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("ujiBahasa").getId();
    String taskId = processEngine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();

    LocalDate todayInWib = LocalDate.now(WIB);
    Object browserDay = js("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()].join('-');");
    assertThat(browserDay).as("the browser's date, which must differ from WIB's for this test to mean anything")
        .isNotEqualTo(todayInWib.getYear() + "-" + todayInWib.getMonthValue() + "-" + todayInWib.getDayOfMonth());

    logIn("tasklist", "petugasFormulir", password);
    visible(By.cssSelector(".brand-name"));
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    visible(By.cssSelector(".fjs-container"));
    visible(By.xpath("//*[normalize-space(text())='Klaim']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[normalize-space(text())='Klaim']")));

    // the form's own texts
    assertThat(visible(By.cssSelector(".fjs-select-display")).getText()).isEqualTo("Pilih");
    assertThat(placeholders(".fjs-container input")).containsExactly("Cari", "Cari", "hh/bb/tttt");
    screenshot("formulir-1-kosong");

    // completing with the required fields empty: the messages, in Indonesian
    click(By.cssSelector("button[ng-click='complete()']"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-error"), 2));
    assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error"))).extracting(WebElement::getText)
        .containsExactly("Isian ini wajib diisi.", "Isian ini wajib diisi.");
    screenshot("formulir-2-wajib-diisi");
    assertNoEnglishInTheForm();

    // the date picker: Indonesian names, Monday first, today in WIB, typed as dd/mm/yyyy
    click(By.cssSelector(".fjs-datepicker input"));
    WebElement calendar = visible(By.cssSelector(".flatpickr-calendar.open"));
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday"))).extracting(WebElement::getText)
        .containsExactly("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min");
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-month[selected], "
        + ".flatpickr-monthDropdown-months option:checked")).getText())
        .isEqualTo(todayInWib.format(DateTimeFormatter.ofPattern("MMMM", ID)));
    assertThat(calendar.findElement(By.cssSelector(".flatpickr-day.today")).getAttribute("aria-label"))
        .isEqualTo(todayInWib.format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)));
    screenshot("formulir-3-kalender");
    assertThat(calendar.getText()).doesNotContainPattern(ENGLISH);
    calendar.findElement(By.xpath(".//span[contains(@class,'flatpickr-day') and not(contains(@class,'prevMonthDay'))"
        + " and not(contains(@class,'nextMonthDay')) and normalize-space(text())='15']")).click();
    // the chosen day stays once the form has taken it (west of UTC, form-js moved it a day back)
    String chosen = todayInWib.withDayOfMonth(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    browser.findElement(By.cssSelector(".fjs-container h4")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    assertThat(browser.findElement(By.cssSelector(".fjs-datepicker input.flatpickr-input")).getAttribute("value"))
        .isEqualTo(chosen);
    assertNoEnglishInTheForm();

    // the Riwayat tab: the claim's day and time in WIB
    Instant claimed = processEngine.getHistoryService().createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult().getTimestamp().toInstant();
    visible(By.xpath("//a[normalize-space(text())='Riwayat']")).click();
    WebElement time = visible(By.cssSelector(".operation-time"));
    assertThat(time.getText()).isEqualTo(claimed.atZone(WIB).format(DateTimeFormatter.ofPattern("HH.mm 'WIB'")));
    assertThat(visible(By.cssSelector(".date-badge")).getText().replace('\n', ' '))
        .isEqualTo(claimed.atZone(WIB).format(DateTimeFormatter.ofPattern("dd MMMM yyyy", ID)));
    screenshot("formulir-4-riwayat");
  }

  @Test
  void adminSaysInIndonesianWhatTheEngineRefuses() {
    logIn("admin", "adminFormulir", TestUsers.ensure(processEngine.getIdentityService(), "adminFormulir", "camunda-admin"));
    visible(By.cssSelector(".brand-name"));
    browser.get(url("/camunda/app/admin/default/#/group-create"));
    visible(By.id("inputGroupId")).sendKeys("bidangMutasiStatus");
    browser.findElement(By.id("inputName")).sendKeys("Grup kembar");
    browser.findElement(By.id("inputType")).sendKeys("WORKFLOW");
    click(By.cssSelector("button[type='submit']"));
    WebElement notice = visible(By.cssSelector(".notifications .alert"));
    screenshot("formulir-5-admin-grup-kembar");
    assertThat(notice.getText()).contains("Gagal", "Grup dengan ID itu sudah ada.").doesNotContain("already exists");
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  /** Clicks an element after scrolling it to the middle of its panel (the footer covers the bottom line). */
  private void click(By locator) {
    WebElement element = visible(locator);
    js("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private List<String> placeholders(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(input -> input.getAttribute("placeholder"))
        .filter(placeholder -> placeholder != null && !placeholder.isEmpty()).toList();
  }

  /** The form's text and its placeholders, titles and labels for screen readers: no English. */
  private void assertNoEnglishInTheForm() {
    Object texts = js("const form = document.querySelector('.fjs-container');"
        + "return [form.innerText].concat([...form.querySelectorAll('[placeholder],[title],[aria-label],[alt]')]"
        + ".map(e => ['placeholder', 'title', 'aria-label', 'alt'].map(a => e.getAttribute(a) || '').join(' ')))"
        + ".join('\\n');");
    assertThat((String) texts).doesNotContainPattern(ENGLISH);
  }
}
