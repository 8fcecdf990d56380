package id.standarpelayanan;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/*.jar}, passed as system property {@code app.jar}) in a
 * JVM of its own, as an office runs it: for the crash test and the benchmarks.
 */
public final class PackagedApp implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final long readyMillis;

  private PackagedApp(Process process, int port, long readyMillis) {
    this.process = process;
    this.port = port;
    this.readyMillis = readyMillis;
  }

  public static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Starts the jar with {@code environment} and waits until {@code readyPath} answers
   * {@code readyStatus}; the log goes to {@code target/<logName>-<port>.log}.
   */
  public static PackagedApp start(String logName, List<String> jvmOptions, Map<String, String> environment,
      String readyPath, int readyStatus) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of("java", "-Duser.timezone=Asia/Jakarta"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", System.getProperty("app.jar")));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(new File("target/" + logName + "-" + port + ".log"));
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    long started = System.nanoTime();
    Process process = builder.start();
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      try {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + readyPath)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == readyStatus) {
          return new PackagedApp(process, port, (System.nanoTime() - started) / 1_000_000);
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("application did not start, see target/" + logName + "-" + port + ".log");
  }

  public int port() {
    return port;
  }

  public Process process() {
    return process;
  }

  /** Milliseconds from launching the JVM to the first expected answer. */
  public long readyMillis() {
    return readyMillis;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
