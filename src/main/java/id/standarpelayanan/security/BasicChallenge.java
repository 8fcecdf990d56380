package id.standarpelayanan.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import jakarta.servlet.http.HttpServletResponse;

/** HTTP Basic against the engine's users; a refused request also gets a JSON body for people. */
class BasicChallenge extends HttpBasicAuthenticationProvider {

  static final String BODY = """
      {"status":401,"title":"Unauthorized",\
      "detail":"Perlu login: kirim nama pengguna dan kata sandi (HTTP Basic)."}""";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response,
      ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Standar Pelayanan\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(BODY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
