package id.standarpelayanan.batas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The body of every {@code /api/**} request is limited before it is parsed, by endpoint: a
 * {@code Content-Length} over the limit is answered {@code 413} before one byte is read, and a body
 * without one (chunked) is read through a stream that stops at the limit. A multipart filing is
 * parsed by Tomcat, which stops at {@code spring.servlet.multipart.max-request-size}.
 */
class BatasIsiFilter extends OncePerRequestFilter {

  private static final Pattern TANGGAPAN = Pattern.compile("/api/laporan/[^/]+/tanggapan");
  private static final Pattern SURVEI = Pattern.compile("/api/survei/[^/]+");

  private final BatasProperties.IsiMaksimum isi;

  BatasIsiFilter(BatasProperties.IsiMaksimum isi) {
    this.isi = isi;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  DataSize limit(HttpServletRequest request) {
    String path = path(request);
    if ("/api/laporan".equals(path)) {
      return multipart(request) ? isi.laporanBerkas() : isi.laporan();
    }
    if (TANGGAPAN.matcher(path).matches()) {
      return isi.tanggapan();
    }
    if (SURVEI.matcher(path).matches()) {
      return isi.survei();
    }
    return isi.api();
  }

  private static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DataSize limit = limit(request);
    long length = request.getContentLengthLong();
    if (length > limit.toBytes()) {
      refuse(request, response, limit);
      return;
    }
    if (multipart(request)) {
      // only the public filing is parsed here (after its budget was taken); any other multipart call
      // meets the login first
      if (length < 0 && "/api/laporan".equals(path(request)) && tooLargeMultipart(request)) {
        // Tomcat stopped at spring.servlet.multipart.max-request-size, the size of a filing
        refuse(request, response, isi.laporanBerkas());
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    CappedRequest capped = new CappedRequest(request, limit.toBytes());
    chain.doFilter(capped, new GuardedResponse(response, capped));
    if (capped.exceeded && !response.isCommitted()) {
      // the reader failed at the limit; whatever the application made of that was discarded
      response.reset();
      refuse(request, response, limit);
    }
  }

  /**
   * A multipart body of unknown length is parsed here, so that one over the limit is refused like
   * any other; Tomcat stops reading at {@code max-request-size} and keeps the parts (or the
   * failure) for the controller.
   */
  private static boolean tooLargeMultipart(HttpServletRequest request) {
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException | IOException | ServletException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SizeLimitExceededException) {
          return true;
        }
      }
      return false;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
      throws IOException {
    Masalah.tulis(request, response, 413, "Isi permintaan terlalu besar",
        "Isi permintaan terlalu besar. Batasnya " + ukuran(limit) + " untuk permintaan ini.");
  }

  static String ukuran(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bita";
  }

  /** Thrown by the capped stream; the reader fails with it and the filter answers 413. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
      super("request body over its limit of " + limit + " bytes");
    }
  }

  /**
   * The response, writing nothing once the request's body went over its limit: the application
   * answers the failed read as unreadable input (a 400 it would write and flush at once), and the
   * filter answers 413 instead.
   */
  private static final class GuardedResponse extends HttpServletResponseWrapper {

    private final CappedRequest request;

    GuardedResponse(HttpServletResponse response, CappedRequest request) {
      super(response);
      this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return request.exceeded ? DISCARD : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return request.exceeded ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!request.exceeded) {
        super.flushBuffer();
      }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (!request.exceeded) {
        super.sendError(sc, msg);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      if (!request.exceeded) {
        super.sendError(sc);
      }
    }
  }

  private static final ServletOutputStream DISCARD = new ServletOutputStream() {
    @Override
    public void write(int b) {
      // discarded
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // discarded
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException();
    }
  };

  /** The request with its body read through a stream that fails past the limit. */
  private static final class CappedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private long read;
    private boolean exceeded;
    private ServletInputStream stream;
    private BufferedReader reader;

    CappedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (reader != null) {
        throw new IllegalStateException("getReader() has already been called for this request");
      }
      if (stream == null) {
        stream = capped(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        if (stream != null) {
          throw new IllegalStateException("getInputStream() has already been called for this request");
        }
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(capped(super.getInputStream()), charset));
      }
      return reader;
    }

    private void count(int n) throws BodyTooLargeException {
      if (n > 0) {
        read += n;
        if (read > limit) {
          exceeded = true;
          throw new BodyTooLargeException(limit);
        }
      }
    }

    private ServletInputStream capped(ServletInputStream in) {
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          if (exceeded) {
            throw new BodyTooLargeException(limit);
          }
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          if (exceeded) {
            throw new BodyTooLargeException(limit);
          }
          // never more than one byte past the limit
          int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
          count(n);
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
