package id.standarpelayanan.security;

import java.io.IOException;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Camunda's own REST authentication (HTTP Basic against the engine's users, the authenticated
 * user and groups set on the engine for the request), bound to this application's one engine
 * and able to let through the few requests a citizen must make without an account.
 */
class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;
  private final Predicate<HttpServletRequest> publicRequest;

  BasicAuthenticationFilter(ProcessEngine engine, Predicate<HttpServletRequest> publicRequest) {
    this.engine = engine;
    this.publicRequest = publicRequest;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    authenticationProvider = new BasicChallenge();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (publicRequest.test((HttpServletRequest) request)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine;
  }
}
