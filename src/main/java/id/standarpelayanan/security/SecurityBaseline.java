package id.standarpelayanan.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security baseline of every profile (README, "Security baseline").
 *
 * <ul>
 *   <li>On a request that came over HTTPS ({@code request.isSecure()}, behind a trusted proxy through
 *       {@code server.forward-headers-strategy}): HSTS, and every cookie set in the answer marked
 *       {@code Secure} (the session cookie, which Tomcat marks itself, and Camunda's {@code XSRF-TOKEN},
 *       which Camunda could only mark always). Over plain HTTP (a developer on localhost) cookies stay
 *       usable.</li>
 *   <li>On every answer of {@code /api/**} and {@code /engine-rest/**}: {@code no-store}, {@code nosniff},
 *       no {@code Referer}, no framing and a CSP that allows nothing to run; an archived monev report
 *       (HTML with its own stylesheet) may use its inline style and nothing else.</li>
 * </ul>
 * The public pages keep their own CSP ({@code publik.HeaderHalamanPublik}); the webapps keep Camunda's.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityBaseline {

  static final String HSTS = "max-age=31536000";
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String ARSIP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityBaselineHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean secure = request.isSecure();
        if (secure) {
          response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean personal = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest");
        if (personal) {
          response.setHeader("Cache-Control", "no-store");
          response.setHeader("X-Content-Type-Options", "nosniff");
          response.setHeader("Referrer-Policy", "no-referrer");
          response.setHeader("X-Frame-Options", "DENY");
          response.setHeader("Content-Security-Policy", path.startsWith("/api/monev/arsip/") ? ARSIP_CSP : API_CSP);
        }
        chain.doFilter(request, secure || personal ? new Baseline(response, secure, personal) : response);
      }
    });
    registration.setName("securityBaselineHeaders");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Marks every cookie of an HTTPS answer {@code Secure}, however it is set, and keeps {@code no-store}
   * on a personal answer when Camunda's REST API sets its own {@code Cache-Control: no-cache}; an
   * endpoint that sets its own CSP replaces the default one instead of adding a second.
   */
  static final class Baseline extends HttpServletResponseWrapper {

    private final boolean secure;
    private final boolean noStore;

    Baseline(HttpServletResponse response, boolean secure, boolean noStore) {
      super(response);
      this.secure = secure;
      this.noStore = noStore;
    }

    @Override
    public void addCookie(Cookie cookie) {
      if (secure) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      if (replaces(name)) {
        super.setHeader(name, value(name, value));
      } else {
        super.addHeader(name, value(name, value));
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, value(name, value));
    }

    /**
     * On a personal answer, {@code Cache-Control} and an endpoint's own CSP (an attachment's
     * "sandbox") replace what this filter set instead of adding a second header.
     */
    private boolean replaces(String name) {
      return noStore && ("Cache-Control".equalsIgnoreCase(name) || "Content-Security-Policy".equalsIgnoreCase(name));
    }

    private String value(String name, String value) {
      if (noStore && "Cache-Control".equalsIgnoreCase(name)) {
        return "no-store";
      }
      return secure ? secured(name, value) : value;
    }

    static String secured(String name, String value) {
      if (value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
        return value;
      }
      List<String> attributes = List.of(value.split(";"));
      boolean secure = attributes.stream().skip(1).anyMatch(a -> a.strip().toLowerCase(Locale.ROOT).equals("secure"));
      return secure ? value : value + "; Secure";
    }
  }
}
