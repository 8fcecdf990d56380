package id.standarpelayanan.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No identifier, date, code or number in a path or query of the application's API holds a control
 * character, and the database refuses a NUL outright: such a request is answered 400 naming the
 * parameter, before any query runs. (Bodies are checked field by field by their endpoints.)
 */
@Configuration
public class ControlCharacterCheck implements WebMvcConfigurer, HandlerInterceptor {

  /** Unlike free text ({@link TextInput#CONTROL}), not even tabs and line breaks. */
  private static final Pattern ANY_CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F]");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
      variables.forEach((name, value) -> refuseControl(String.valueOf(name), String.valueOf(value)));
    }
    parameters(request).forEach((name, values) -> {
      refuseControl(name, name);
      for (String value : values) {
        refuseControl(name, value);
      }
    });
    return true;
  }

  /**
   * The request's parameters; of a multipart request only those of the query: its body's fields are
   * its endpoint's to check (a report's JSON part field by field, files by their content), and
   * reading them here would parse an upload before the endpoint can refuse it.
   */
  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
      return parameters;
    }
    try {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
          .forEach((name, values) -> parameters.put(UriUtils.decode(name, StandardCharsets.UTF_8), values.stream()
              .map(value -> value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8)).toList()));
      return parameters;
    } catch (IllegalArgumentException malformed) {
      throw new InvalidInputException(null, "Alamat permintaan tidak sah.");
    }
  }

  private static void refuseControl(String field, String value) {
    if (value != null && ANY_CONTROL.matcher(value).find()) {
      throw new InvalidInputException(field, "'" + field + "' memuat karakter kendali yang tidak diizinkan.");
    }
  }
}
