package id.standarpelayanan.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request Tomcat refuses before any application code sees it (a NUL byte or an encoded slash in
 * the path) is answered like every other error here: a JSON problem, not Tomcat's HTML page.
 */
@Component
public class JsonContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
      }
    });
  }

  /** Writes the problem only when nothing else (Spring's error page) has written a body. */
  public static class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0) {
        return;
      }
      String detail = status < 500 ? "Alamat atau isi permintaan tidak sah." : "Terjadi kesalahan pada server.";
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status < 500 ? "Permintaan tidak sah" : "Kesalahan server")
              + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response is committed: nothing more to say
      }
    }
  }
}
