package id.standarpelayanan.batas;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every public call takes one token of its kind from its client's budget before anything else
 * runs (before the body is read); over budget it is answered {@code 429} with {@code Retry-After}.
 * The client is {@code getRemoteAddr()}, never anything in the request (a report number would let a
 * stranger lock a citizen out of their own report).
 *
 * <p>A client that goes on calling after its refusal gets its next refusals only after
 * {@code standar-pelayanan.batas.tunda} (a tarpit, as HAProxy's {@code http-request tarpit}),
 * without holding a thread meanwhile: a flood on a few kept-alive connections then costs the
 * server next to nothing, instead of taking the cores from other citizens (BENCHMARKS.md, target
 * 6). At most {@value #PER_CLIENT} such answers per client and {@value #IN_ALL} in all are held;
 * beyond that the refusal is immediate and closes the connection.
 */
class BatasPermintaanFilter extends OncePerRequestFilter {

  static final int PER_CLIENT = 64;
  static final int IN_ALL = 1024;

  private final AnggaranKlien anggaran;
  private final Duration tunda;
  private final ScheduledExecutorService timer;
  private final Semaphore held = new Semaphore(IN_ALL);
  private final Map<String, AtomicInteger> heldPerClient = new ConcurrentHashMap<>();

  BatasPermintaanFilter(AnggaranKlien anggaran, Duration tunda, ScheduledExecutorService timer) {
    this.anggaran = anggaran;
    this.tunda = tunda;
    this.timer = timer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    JenisPanggilan jenis = JenisPanggilan.of(request);
    if (jenis == null) {
      chain.doFilter(request, response);
      return;
    }
    AnggaranKlien.Keputusan keputusan = anggaran.ambil(jenis, request.getRemoteAddr());
    if (keputusan.diizinkan()) {
      chain.doFilter(request, response);
    } else if (!keputusan.berulang() || tunda.isZero() || !request.isAsyncSupported()) {
      refuse(request, response, keputusan);
    } else if (!hold(keputusan.klien())) {
      // more held than allowed: answered now, and the connection goes
      response.setHeader("Connection", "close");
      refuse(request, response, keputusan);
    } else {
      AsyncContext async = request.startAsync();
      async.setTimeout(tunda.toMillis() + 10_000);
      timer.schedule(() -> {
        try {
          refuse((HttpServletRequest) async.getRequest(), (HttpServletResponse) async.getResponse(), keputusan);
        } catch (IOException | RuntimeException clientGone) {
          // nothing to answer to
        } finally {
          release(keputusan.klien());
          async.complete();
        }
      }, tunda.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private boolean hold(String client) {
    if (!held.tryAcquire()) {
      return false;
    }
    AtomicInteger count = heldPerClient.computeIfAbsent(client, c -> new AtomicInteger());
    if (count.incrementAndGet() > PER_CLIENT) {
      release(client);
      return false;
    }
    return true;
  }

  private void release(String client) {
    heldPerClient.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
    held.release();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, AnggaranKlien.Keputusan keputusan)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(keputusan.tungguDetik()));
    Masalah.tulis(request, response, 429, "Terlalu banyak permintaan",
        "Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam " + waktu(keputusan.tungguDetik()) + ".");
  }

  static String waktu(long seconds) {
    return seconds < 120 ? seconds + " detik" : (seconds + 59) / 60 + " menit";
  }
}
