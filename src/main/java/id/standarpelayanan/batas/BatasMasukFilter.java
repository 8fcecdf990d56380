package id.standarpelayanan.batas;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields
 * {@code username} and {@code password}) through {@link GagalMasuk}: refused with 429 while the
 * user's failures from this address (or this address's failures) wait; a 401 from Camunda (wrong
 * password, unknown user) counts as a failure. HTTP Basic on {@code /engine-rest} and {@code /api}
 * is counted in {@code security.BasicAuthenticationFilter}.
 */
class BatasMasukFilter extends OncePerRequestFilter {

  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final GagalMasuk gagalMasuk;

  BatasMasukFilter(GagalMasuk gagalMasuk) {
    this.gagalMasuk = gagalMasuk;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the form is small (Tomcat's max-http-form-post-size); Jersey's @FormParam reads it from here too
    String user = request.getParameter("username");
    if (user == null || user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    GagalMasuk.Keputusan keputusan = gagalMasuk.periksa(user, request.getRemoteAddr());
    if (!keputusan.diizinkan()) {
      GagalMasuk.tolak(request, response, keputusan);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      gagalMasuk.gagal(user, request.getRemoteAddr());
    }
  }
}
