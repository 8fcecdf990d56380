package id.standarpelayanan.publik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.standarpelayanan.IntegrationTest;

/**
 * The citizen's pages: served without login with their security headers, built only from files of
 * this host (no CDN, no web font, no inline script or style the CSP would have to allow), while
 * the Camunda webapps keep working beside them.
 */
class HalamanPublikTest extends IntegrationTest {

  private static final Path FILES = Path.of("src/main/resources/static/publik");

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/lapor", "/lapor/", "/lapor/lacak", "/survei", "/survei/AbC-123_x"})
  void everyPageIsServedWithoutLoginInBahasaIndonesiaWithItsSecurityHeaders(String path) throws Exception {
    HttpResponse<String> page = get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"id\">")
        .contains("Balai Kekarantinaan Kesehatan Kelas I Banten").doesNotContain("{{");
    assertSecurityHeaders(page);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
            "form-action 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void eachPathGetsItsOwnPage() throws Exception {
    assertThat(get("/lapor").body()).contains("<h1 id=\"judul-halaman\">Sampaikan laporan</h1>", "/publik/lapor.js");
    assertThat(get("/lapor/lacak").body()).contains("<h1>Lacak laporan</h1>", "Kode akses hilang?", "/publik/lacak.js");
    assertThat(get("/survei/abc").body()).contains("/publik/survei.js");
    assertThat(get("/survei").body()).contains("Kode survei", "/publik/survei-kode.js");
  }

  @Test
  void theSurveyCodeFormLeadsToTheSurveyOfThatCodeEvenWithoutAScript() throws Exception {
    HttpResponse<String> valid = get("/survei?kode=%20Ab12-cd_9%20");
    assertThat(valid.statusCode()).isEqualTo(303);
    assertThat(valid.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/survei/Ab12-cd_9"));

    assertThat(get("/survei?kode=ABCD+EFGH+JKMN").headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/survei/ABCDEFGHJKMN"));

    HttpResponse<String> invalid = get("/survei?kode=..%2F..%2Fapi");
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("Kode survei");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/publik/publik.css", "/publik/umum.js", "/publik/lapor.js", "/publik/lacak.js",
      "/publik/survei.js", "/publik/survei-kode.js"})
  void theFilesOfThePagesAreServedWithTheSameHeaders(String path) throws Exception {
    HttpResponse<String> file = get(path);

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
    assertSecurityHeaders(file);
  }

  @Test
  void theRawTemplatesAreNotServed() throws Exception {
    assertThat(get("/publik/lapor.html").statusCode()).isEqualTo(404);
    assertThat(get("/publik/lacak.html").statusCode()).isEqualTo(404);
  }

  @Test
  void noPageLoadsAnythingFromAnotherHostOrRunsInlineScriptOrStyleOrRepeatsAnId() throws IOException {
    Pattern foreign = Pattern.compile("(?i)(?:src|href|action)\\s*=\\s*[\"']\\s*(?:[a-z]+:)?//|@import|url\\(\\s*[\"']?(?:[a-z]+:)?//"
        + "|fetch\\(\\s*[\"'`](?:[a-z]+:)?//");
    Pattern scriptTag = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>");
    Pattern inlineHandlerOrStyle = Pattern.compile("(?i)<[^>]+\\s(on[a-z]+|style)\\s*=");
    List<Path> files;
    try (Stream<Path> list = Files.list(FILES)) {
      files = list.toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString())
        .contains("lapor.html", "lacak.html", "survei.html", "survei-kode.html", "publik.css");
    for (Path file : files) {
      String text = Files.readString(file);
      assertThat(foreign.matcher(text).find()).as("%s loads from another host", file).isFalse();
      if (file.toString().endsWith(".html")) {
        assertThat(text).as("%s: no style element", file).doesNotContainIgnoringCase("<style");
        assertThat(inlineHandlerOrStyle.matcher(text).find()).as("%s: inline handler or style", file).isFalse();
        Matcher script = scriptTag.matcher(text);
        int scripts = 0;
        while (script.find()) {
          scripts++;
          assertThat(script.group(1)).as("%s: script from a file", file).contains("src=\"/publik/");
          assertThat(script.group(2)).as("%s: inline script", file).isBlank();
        }
        assertThat(scripts).as("%s: its script", file).isEqualTo(1);
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(text);
        Set<String> ids = new HashSet<>();
        while (id.find()) {
          assertThat(ids.add(id.group(1))).as("%s: id %s given twice", file, id.group(1)).isTrue();
        }
      }
    }
  }

  @Test
  void theCamundaWebappsAndTheirLoginStillWork() throws Exception {
    HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse(""))
        .as("Camunda's own policy, not the public pages'").contains("'nonce-").isNotEqualTo(HeaderHalamanPublik.CSP);
    assertThat(get("/camunda/app/tasklist/scripts/config.js").statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(HeaderHalamanPublik.CSP);
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }
}
