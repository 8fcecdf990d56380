package id.standarpelayanan.batas;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.2 and up; Linux routes all of 127/8 to the
 * loopback interface), so that one test JVM can be many clients. Java's HttpClient cannot bind a
 * local address, hence a plain socket; one request per connection ({@code Connection: close}).
 */
public final class KlienLoopback {

  /** An answer: status, headers (names in lower case), body, and the time it took. */
  public record Jawaban(int status, Map<String, String> headers, String body, long nanos) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final String from;
  private final int port;

  public KlienLoopback(String from, int port) {
    this.from = from;
    this.port = port;
  }

  public String from() {
    return from;
  }

  /** A socket from this client's address to the application. */
  public Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    socket.setSoTimeout(30_000);
    return socket;
  }

  public Jawaban get(String path, String... headers) throws IOException {
    return send("GET", path, null, headers);
  }

  public Jawaban postJson(String path, String json, String... headers) throws IOException {
    return send("POST", path, json, headers);
  }

  /**
   * Sends one request; {@code headers} are name, value pairs; a body is sent as JSON unless the
   * headers name another Content-Type.
   */
  public Jawaban send(String method, String path, String body, String... headers) throws IOException {
    long started = System.nanoTime();
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(request(method, path, body, false, headers));
      out.flush();
      return read(new BufferedInputStream(socket.getInputStream()), started);
    }
  }

  private byte[] request(String method, String path, String body, boolean keepAlive, String... headers) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n");
    if (!Arrays.asList(headers).contains("Accept")) {
      head.append("Accept: application/json\r\n");
    }
    if (!keepAlive) {
      head.append("Connection: close\r\n");
    }
    if (body != null && !Arrays.asList(headers).contains("Content-Type")) {
      head.append("Content-Type: application/json\r\n");
    }
    if (body != null || !"GET".equals(method) && !"HEAD".equals(method)) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    for (int i = 0; i < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] whole = Arrays.copyOf(start, start.length + content.length);
    System.arraycopy(content, 0, whole, start.length, content.length);
    return whole;
  }

  /**
   * A kept-alive connection from this client, as a browser or a load tool keeps one: requests one
   * after another on it, a new connection when the server closed it.
   */
  public Sambungan sambungan() {
    return new Sambungan();
  }

  /** One kept-alive connection (not thread-safe: one per thread). */
  public final class Sambungan implements AutoCloseable {

    private Socket socket;
    private BufferedInputStream in;

    public Jawaban send(String method, String path, String body, String... headers) throws IOException {
      long started = System.nanoTime();
      if (socket == null) {
        socket = connect();
        in = new BufferedInputStream(socket.getInputStream());
      }
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request(method, path, body, true, headers));
        out.flush();
        Jawaban answer = read(in, started);
        if ("close".equalsIgnoreCase(answer.header("Connection"))) {
          close();
        }
        return answer;
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing anyway
        }
        socket = null;
      }
    }
  }

  /**
   * Reads one response: head, then the body by Content-Length, chunks, or until the connection
   * closes ({@code in} buffered: the head is read byte by byte).
   */
  public static Jawaban read(InputStream in, long started) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      // a repeated header (Set-Cookie) keeps every value, one a line
      headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
          (first, next) -> first + "\n" + next);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
          size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    } else {
      body.write(in.readAllBytes());
    }
    return new Jawaban(status, headers, body.toString(StandardCharsets.UTF_8), System.nanoTime() - started);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
