package id.standarpelayanan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import id.standarpelayanan.batas.GagalMasuk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Camunda's own REST authentication (HTTP Basic against the engine's users, the authenticated
 * user and groups set on the engine for the request), bound to this application's one engine
 * and able to let through the few requests a citizen must make without an account.
 */
class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;
  private final Predicate<HttpServletRequest> publicRequest;
  private final boolean acceptWebappSession;
  private final GagalMasuk gagalMasuk;
  private final String publicOrigin;

  /**
   * @param acceptWebappSession whether a user logged in to the Camunda webapps (Cockpit's overlay
   *     calling the application's API) counts as logged in too
   * @param gagalMasuk the waits after failed logins (per user and address)
   * @param publicOrigin where citizens reach the application ({@code standar-pelayanan.alamat-publik}),
   *     an {@code Origin} accepted for a write with the webapp session beside the request's own; null: none
   */
  BasicAuthenticationFilter(ProcessEngine engine, Predicate<HttpServletRequest> publicRequest,
      boolean acceptWebappSession, GagalMasuk gagalMasuk, String publicOrigin) {
    this.engine = engine;
    this.gagalMasuk = gagalMasuk;
    this.publicRequest = publicRequest;
    this.acceptWebappSession = acceptWebappSession;
    this.publicOrigin = publicOrigin == null ? null : WebappSessionCsrf.origin(publicOrigin);
  }

  @Override
  public void init(FilterConfig filterConfig) {
    authenticationProvider = new BasicChallenge();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (publicRequest.test(http)) {
      chain.doFilter(request, response);
      return;
    }
    // a client that sends its credentials is a Basic client, whatever cookie it carries
    UserAuthentication webappUser = acceptWebappSession && http.getHeader("Authorization") == null
        ? webappUser(http) : null;
    if (webappUser != null) {
      if (!WebappSessionCsrf.allowed(http, publicOrigin)) {
        WebappSessionCsrf.refuse((jakarta.servlet.http.HttpServletResponse) response);
        return;
      }
      try {
        setAuthenticatedUser(engine, webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
        chain.doFilter(request, response);
      } finally {
        clearAuthentication(engine);
      }
      return;
    }
    String user = basicUser(http);
    if (user == null) {
      super.doFilter(request, response, chain);
      return;
    }
    // failed logins wait per user and address (batas.GagalMasuk): refused before the password is
    // checked, counted when Camunda's check did not let the request through
    GagalMasuk.Keputusan keputusan = gagalMasuk.periksa(user, http.getRemoteAddr());
    if (!keputusan.diizinkan()) {
      GagalMasuk.tolak(http, (HttpServletResponse) response, keputusan);
      return;
    }
    boolean[] authenticated = {false};
    super.doFilter(request, response, (req, res) -> {
      authenticated[0] = true;
      chain.doFilter(req, res);
    });
    if (!authenticated[0]) {
      gagalMasuk.gagal(user, http.getRemoteAddr());
    }
  }

  /** The user id of an {@code Authorization: Basic} header, or null when there is none to count. */
  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? decoded.substring(0, colon) : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private UserAuthentication webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine.getName());
  }

  /**
   * Camunda lets {@code GET /engine} (the list of engine names) through without login; here every
   * call needs one, as the README says.
   */
  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine;
  }
}
