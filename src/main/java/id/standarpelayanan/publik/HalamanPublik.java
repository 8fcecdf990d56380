package id.standarpelayanan.publik;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The pages a citizen uses without an account: file a report ({@code /lapor}), track it
 * ({@code /lapor/lacak}), answer the satisfaction survey ({@code /survei/{token}}) or type the
 * survey code a clerk gave ({@code /survei}). Plain HTML under {@code static/publik/}; only the
 * institution's name and its complaint desk are filled in here (HTML-escaped), everything else the
 * page's own script asks the public API for. Headers: {@link HeaderHalamanPublik}.
 */
@Controller
public class HalamanPublik {

  static final String FOLDER = "static/publik/";
  static final List<String> PAGES = List.of("lapor", "lacak", "survei", "survei-kode");
  /** A survey code or token as a person may type or paste it: letters, digits, '-' and '_'. */
  private static final Pattern KODE_SURVEI = Pattern.compile("[A-Za-z0-9_-]{1,200}");
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final Map<String, String> pages;

  public HalamanPublik(@Value("${standar-pelayanan.nama-instansi}") String namaInstansi,
      @Value("${standar-pelayanan.publik.kontak-pengaduan:}") String kontakPengaduan) {
    String kontak = kontakPengaduan.isBlank() ? "" : " (" + kontakPengaduan.strip() + ")";
    Map<String, String> values = Map.of("{{namaInstansi}}", HtmlUtils.htmlEscape(namaInstansi),
        "{{kontakPengaduan}}", HtmlUtils.htmlEscape(kontak));
    this.pages = PAGES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), page -> fill(page, values)));
  }

  private static String fill(String page, Map<String, String> values) {
    try {
      String html = new ClassPathResource(FOLDER + page + ".html").getContentAsString(StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        html = html.replace(value.getKey(), value.getValue());
      }
      return html;
    } catch (IOException e) {
      throw new UncheckedIOException("Halaman publik " + page + " tidak ada", e);
    }
  }

  @GetMapping({"/lapor", "/lapor/"})
  public ResponseEntity<String> lapor() {
    return page("lapor");
  }

  @GetMapping({"/lapor/lacak", "/lapor/lacak/"})
  public ResponseEntity<String> lacak() {
    return page("lacak");
  }

  /** The form for a survey code; submitted without a script it comes back here with {@code kode}. */
  @GetMapping({"/survei", "/survei/"})
  public ResponseEntity<String> surveiKode(@RequestParam(required = false) String kode) {
    // a code read out on the phone is often typed in groups: "ABCD EFGH JKMN"
    String code = kode == null ? "" : kode.replaceAll("\\s+", "");
    if (KODE_SURVEI.matcher(code).matches()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create("/survei/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8))).build();
    }
    return page("survei-kode");
  }

  /** Any token gets the page; its script asks the API, which alone knows whether the token is valid. */
  @GetMapping("/survei/{token}")
  public ResponseEntity<String> survei(@PathVariable String token) {
    return page("survei");
  }

  private ResponseEntity<String> page(String name) {
    return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(pages.get(name));
  }
}
