package id.standarpelayanan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.standarpelayanan.IntegrationTest;

/**
 * The running application (on embedded PostgreSQL) seen through headless Chromium from Debian's
 * packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); screenshots go to target/e2e.
 */
abstract class BrowserTest extends IntegrationTest {

  static final Path SCREENSHOTS = Path.of("target", "e2e");
  static final Path DOWNLOADS = Path.of("target", "e2e", "unduhan").toAbsolutePath();

  @LocalServerPort
  int port;

  WebDriver browser;
  WebDriverWait wait;
  private final List<WebDriver> otherBrowsers = new ArrayList<>();

  @BeforeEach
  void openBrowser() throws IOException {
    Files.createDirectories(DOWNLOADS);
    browser = startBrowser(browserOptions());
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** The options of the test's browser; a test may add to them (a phone's screen, console logs). */
  ChromeOptions browserOptions() {
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
        "download.prompt_for_download", false));
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1500,1000", "--lang=" + browserLanguage());
    return options;
  }

  /** Another browser for the same test, with its own cookies and storage; closed after the test. */
  WebDriver anotherBrowser(ChromeOptions options) {
    WebDriver another = startBrowser(options);
    otherBrowsers.add(another);
    return another;
  }

  private ChromeDriver startBrowser(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).withEnvironment(browserEnvironment()).build();
    return new ChromeDriver(service, options);
  }

  /** The browser's language; the webapps show Bahasa Indonesia whatever it is. */
  String browserLanguage() {
    return "id-ID";
  }

  /** The browser's environment, e.g. its time zone ({@code TZ}). */
  java.util.Map<String, String> browserEnvironment() {
    return java.util.Map.of();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    otherBrowsers.forEach(WebDriver::quit);
    otherBrowsers.clear();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void logIn(String app, String user, String password) {
    browser.get(url("/camunda/app/" + app + "/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** Camunda's English words that a staff screen in Bahasa Indonesia must not show. */
  static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile("\\b(Claim|Unclaim|Created|"
      + "Follow-up date|Due date|Add comment|Start process|Create task|Keyboard shortcuts|Select|Search|"
      + "Field is required|Loading|No task|History|Description|does not have|permission|Failure|Error|"
      + "Dashboard|Processes|Decisions|Deployments|Batches|Running Instances|Incidents)\\b");

  /** No English text in the page as it is shown (checked in the page, not in the locale files). */
  void assertNoEnglishText(String where) {
    String text = browser.findElement(By.tagName("body")).getText();
    org.assertj.core.api.Assertions.assertThat(ENGLISH.matcher(text).results().map(match -> match.group()).toList())
        .as("English on the screen: " + where).isEmpty();
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
