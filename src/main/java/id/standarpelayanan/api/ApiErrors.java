package id.standarpelayanan.api;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import java.time.LocalDate;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors of the application's own endpoints as RFC 9457 problem details: a message for people in
 * Bahasa Indonesia ({@code detail}) and the offending field ({@code field}) where there is one.
 */
@RestControllerAdvice(basePackages = "id.standarpelayanan")
public class ApiErrors extends ResponseEntityExceptionHandler {

  public static final String FIELD = "field";

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(e.field(), e.getMessage());
  }

  /** The engine refused the caller a permission: 403, without the engine's internals. */
  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail notAllowed(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Anda tidak berwenang melakukan tindakan ini.");
    problem.setTitle("Tidak berwenang");
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      String field = unknown.getPropertyName();
      return ResponseEntity.badRequest()
          .body(badRequest(field, "'" + field + "' tidak dikenal dalam permintaan ini."));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      return ResponseEntity.badRequest()
          .body(badRequest(field, "Nilai '" + field + "' tidak sesuai jenisnya."));
    }
    return ResponseEntity.badRequest()
        .body(badRequest(null, "Isi permintaan harus berupa JSON yang sah."));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(
        badRequest(e.getParameterName(), "Parameter '" + e.getParameterName() + "' wajib diisi."));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
    Class<?> type = e.getRequiredType();
    String hint = type == null ? "" : LocalDate.class.equals(type) ? ": gunakan tanggal berformat TTTT-BB-HH"
        : Number.class.isAssignableFrom(type) || type.isPrimitive() ? ": harus berupa angka" : "";
    return ResponseEntity.badRequest().body(badRequest(field, "Nilai '" + field + "' tidak sah" + hint + "."));
  }

  /** Titles in Bahasa Indonesia for the statuses a caller of the application's API meets. */
  private static final java.util.Map<Integer, String> TITLES = java.util.Map.of(
      400, "Permintaan tidak sah",
      401, "Perlu masuk (login)",
      403, "Tidak berwenang",
      404, "Tidak ditemukan",
      405, "Metode tidak didukung",
      409, "Tidak dapat diproses saat ini",
      413, "Isi permintaan terlalu besar",
      415, "Jenis isi permintaan tidak didukung",
      429, "Terlalu banyak permintaan");

  /** Every problem this handler answers gets an Indonesian title instead of the HTTP reason phrase. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail problem && TITLES.containsKey(statusCode.value())) {
      problem.setTitle(TITLES.get(statusCode.value()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  static ProblemDetail badRequest(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setTitle("Permintaan tidak sah");
    if (field != null) {
      problem.setProperty(FIELD, field);
    }
    return problem;
  }
}
