package id.standarpelayanan.batas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal written by a filter, before any controller: the same RFC 9457 problem as the
 * application's other errors ({@code api.ApiErrors}), or a short page for a browser asking for a
 * public page.
 */
final class Masalah {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Masalah() {
  }

  static void tulis(HttpServletRequest request, HttpServletResponse response, int status, String title,
      String detail) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    // answered before the public pages' own headers are set: the same strict ones, nothing to load
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    if (!path.startsWith("/api/") && accept != null && accept.contains("text/html")) {
      response.setContentType("text/html");
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
          + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>");
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", path);
    response.setContentType("application/problem+json");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
