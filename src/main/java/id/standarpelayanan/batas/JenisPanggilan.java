package id.standarpelayanan.batas;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import id.standarpelayanan.security.RestAuthentication;

/**
 * The kinds of call a citizen makes without an account, each with its own budget per client: a
 * cheap call must not use up the budget of an expensive one, and a flood of one kind must not
 * keep a citizen from the others.
 */
public enum JenisPanggilan {
  /** {@code POST /api/laporan}: starts a process, numbers a report, may store attachments. */
  LAPOR,
  /** Following a report and responding to its answer ({@code /api/laporan/{nomor}...}). */
  LACAK,
  /** Reading and answering a satisfaction survey ({@code /api/survei/{token}}). */
  SURVEI,
  /** The public pages ({@code /lapor}, {@code /lapor/lacak}, {@code /survei}, {@code /survei/{token}}). */
  HALAMAN;

  /** The public pages, as "METHOD path" regular expressions like {@link RestAuthentication#PUBLIC_API}. */
  static final List<String> PUBLIC_PAGES = List.of(
      "(GET|HEAD) /lapor/?",
      "(GET|HEAD) /lapor/lacak/?",
      "(GET|HEAD) /survei/?",
      "(GET|HEAD) /survei/[^/]+/?");

  private static final List<Pattern> PAGES = PUBLIC_PAGES.stream().map(Pattern::compile).toList();

  /**
   * The kind of a request, or null when it is no public call (staff calls need a login and are
   * not throttled here). Every call {@link RestAuthentication} lets through without a login is
   * throttled: filing by its own budget, surveys by theirs, any other (tracking, responding, and
   * whatever public call is added later) by the tracking budget.
   */
  static JenisPanggilan of(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (RestAuthentication.isPublicCall(request)) {
      if ("POST".equals(request.getMethod()) && "/api/laporan".equals(path)) {
        return LAPOR;
      }
      return path.startsWith("/api/survei/") ? SURVEI : LACAK;
    }
    String call = request.getMethod() + " " + path;
    return PAGES.stream().anyMatch(page -> page.matcher(call).matches()) ? HALAMAN : null;
  }

  /** Lower case, as in the configuration and the store's keys. */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
