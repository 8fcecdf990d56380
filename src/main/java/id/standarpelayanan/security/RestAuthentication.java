package id.standarpelayanan.security;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every call to {@code /engine-rest/**} and to the application's {@code /api/**} needs a login
 * (Camunda's REST API has none by default). The webapps keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthentication {

  /**
   * Requests a citizen makes without an account, as "METHOD /path-prefix" (later issues add the
   * public tracking page and the survey here).
   */
  static final List<String> PUBLIC_API = List.of();

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> engineRestAuthentication(ProcessEngine engine) {
    return registration("engineRestAuthentication",
        new BasicAuthenticationFilter(engine, request -> false), "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    return registration("apiAuthentication",
        new BasicAuthenticationFilter(engine, publicCalls(PUBLIC_API)), "/api/*");
  }

  static Predicate<HttpServletRequest> publicCalls(List<String> calls) {
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String call = request.getMethod() + " " + path;
      return calls.stream().anyMatch(call::startsWith);
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
