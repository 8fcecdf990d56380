package id.standarpelayanan.publik;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers of the public pages and their files ({@code /lapor}, {@code /survei},
 * {@code /publik/**}): everything comes from this host, no inline script or style, no plug-in, no
 * framing, forms post only here, and no {@code Referer} leaves a page (a survey token is in its
 * path). The raw HTML templates under {@code /publik/} are not served: the pages are their paths.
 */
@Configuration(proxyBeanMethods = false)
public class HeaderHalamanPublik {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicPageHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/publik/") && path.endsWith(".html")) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("publicPageHeaders");
    registration.addUrlPatterns("/lapor", "/lapor/*", "/survei", "/survei/*", "/publik/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
