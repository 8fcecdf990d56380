package id.standarpelayanan.security;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.http.HttpServletRequest;

import id.standarpelayanan.batas.GagalMasuk;

/**
 * Every call to {@code /engine-rest/**} and to the application's {@code /api/**} needs a login
 * (Camunda's REST API has none by default). The webapps keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthentication {

  /**
   * Requests a citizen makes without an account, as "METHOD path" with the path a regular
   * expression: filing a report, following it and responding to its answer (both with the
   * reporter's access code), reading and answering the satisfaction survey with its code. Each is
   * throttled per client ({@code batas}).
   */
  public static final List<String> PUBLIC_API = List.of(
      "POST /api/laporan",
      "GET /api/laporan/[^/]+",
      "POST /api/laporan/[^/]+/tanggapan",
      "GET /api/survei/(?!ikm$)[^/]+",
      "POST /api/survei/[^/]+");

  private static final Predicate<HttpServletRequest> PUBLIC = publicCalls(PUBLIC_API);

  /** Whether a request is one of {@link #PUBLIC_API}. */
  public static boolean isPublicCall(HttpServletRequest request) {
    return PUBLIC.test(request);
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> engineRestAuthentication(ProcessEngine engine,
      GagalMasuk gagalMasuk) {
    return registration("engineRestAuthentication",
        new BasicAuthenticationFilter(engine, request -> false, false, gagalMasuk, null), "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> apiAuthentication(ProcessEngine engine, GagalMasuk gagalMasuk,
      @Value("${standar-pelayanan.alamat-publik:}") String alamatPublik) {
    return registration("apiAuthentication",
        new BasicAuthenticationFilter(engine, publicCalls(PUBLIC_API), true, gagalMasuk, alamatPublik), "/api/*");
  }

  static Predicate<HttpServletRequest> publicCalls(List<String> calls) {
    List<Pattern> patterns = calls.stream().map(Pattern::compile).toList();
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String call = request.getMethod() + " " + path;
      return patterns.stream().anyMatch(pattern -> pattern.matcher(call).matches());
    };
  }

  private static FilterRegistrationBean<BasicAuthenticationFilter> registration(String name,
      BasicAuthenticationFilter filter, String urlPattern) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
