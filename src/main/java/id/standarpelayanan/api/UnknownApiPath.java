package id.standarpelayanan.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address under {@code /api/} that no endpoint serves answers like every other error of the
 * application's API: a problem detail in Bahasa Indonesia, not Spring's default error body. (No
 * controller handles such a request, so {@link ApiErrors}, which is limited to the application's
 * controllers, never sees it.) Other unknown addresses are left to Spring's error page.
 */
@RestControllerAdvice
class UnknownApiPath {

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest request)
      throws NoResourceFoundException {
    String path = request.getRequestURI();
    if (!path.startsWith("/api/")) {
      throw e;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "Alamat ini tidak ada di API aplikasi. Periksa alamat dan metodenya (lihat README, bagian URLs).");
    problem.setTitle("Tidak ditemukan");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
