package id.standarpelayanan.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A write to {@code /api/**} authenticated by the webapps' session cookie (Cockpit's or Tasklist's
 * pages calling the application) must prove it comes from the application's own pages: either
 * Camunda's CSRF token in {@code X-XSRF-TOKEN}, equal to the one Camunda's {@code CsrfPreventionFilter}
 * keeps in the session ({@code CAMUNDA_CSRF_TOKEN}, also sent to the pages as the {@code XSRF-TOKEN}
 * cookie), or an {@code Origin} of the application itself. Reads (GET, HEAD, OPTIONS) change nothing and
 * pass; Basic clients never reach this check.
 */
final class WebappSessionCsrf {

  static final String TOKEN_HEADER = "X-XSRF-TOKEN";
  static final String TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private WebappSessionCsrf() {
  }

  static boolean allowed(HttpServletRequest request, String publicOrigin) {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      return true;
    }
    return tokenMatches(request) || ownOrigin(request, publicOrigin);
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    String sent = request.getHeader(TOKEN_HEADER);
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(TOKEN_SESSION_ATTRIBUTE);
    return sent != null && !sent.isEmpty() && kept instanceof String token && !token.isEmpty()
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean ownOrigin(HttpServletRequest request, String publicOrigin) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank() || origin.equals("null")) {
      return false;
    }
    String sent = origin(origin);
    if (sent == null) {
      return false;
    }
    String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    return sent.equals(own) || sent.equals(publicOrigin);
  }

  /** scheme://host:port in lower case with the port always written, or null if not a URL. */
  static String origin(String url) {
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
        + "\"detail\":\"Permintaan ditolak: token CSRF (X-XSRF-TOKEN) tidak ada atau tidak cocok. "
        + "Muat ulang halaman lalu coba lagi.\"}");
  }
}
