package id.standarpelayanan.batas;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every public call takes one token of its kind from its client's budget before anything else
 * runs (before the body is read); over budget it is answered {@code 429} with {@code Retry-After}.
 * The client is {@code getRemoteAddr()}, never anything in the request (a report number would let a
 * stranger lock a citizen out of their own report).
 */
class BatasPermintaanFilter extends OncePerRequestFilter {

  private final AnggaranKlien anggaran;

  BatasPermintaanFilter(AnggaranKlien anggaran) {
    this.anggaran = anggaran;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    JenisPanggilan jenis = JenisPanggilan.of(request);
    if (jenis != null) {
      AnggaranKlien.Keputusan keputusan = anggaran.ambil(jenis, request.getRemoteAddr());
      if (!keputusan.diizinkan()) {
        response.setHeader("Retry-After", String.valueOf(keputusan.tungguDetik()));
        Masalah.tulis(request, response, 429, "Terlalu banyak permintaan",
            "Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam " + waktu(keputusan.tungguDetik()) + ".");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static String waktu(long seconds) {
    return seconds < 120 ? seconds + " detik" : (seconds + 59) / 60 + " menit";
  }
}
