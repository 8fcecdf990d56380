package id.standarpelayanan.e2e;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Where the time of a Cockpit page goes: the requests the browser made since a mark (from the
 * page's Resource Timing entries), slowest first.
 */
final class DiagramTiming {

  record Request(String url, double startMs, double durationMs) {
    @Override
    public String toString() {
      return String.format("%7.0f ms (from +%5.0f ms) %s", durationMs, startMs, url);
    }
  }

  private DiagramTiming() {
  }

  /** A mark in the page's clock (ms); requests after it are counted. */
  static double mark(WebDriver browser) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(
        "performance.setResourceTimingBufferSize(1000); return performance.now();")).doubleValue();
  }

  static double since(WebDriver browser, double mark) {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return performance.now();")).doubleValue() - mark;
  }

  @SuppressWarnings("unchecked")
  static List<Request> requestsSince(WebDriver browser, double mark) {
    List<Map<String, Object>> entries = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.startTime >= arguments[0])"
            + ".map(e => ({url: e.name, start: e.startTime - arguments[0], duration: e.duration}));",
        mark);
    return entries.stream()
        .map(e -> new Request((String) e.get("url"), ((Number) e.get("start")).doubleValue(),
            ((Number) e.get("duration")).doubleValue()))
        .sorted(Comparator.comparingDouble(Request::durationMs).reversed())
        .toList();
  }
}
