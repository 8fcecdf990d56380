package id.standarpelayanan.survei;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import id.standarpelayanan.api.InvalidInputException;

/**
 * The card for the service desk of a phone service: the office, the service, a QR code to the page
 * where a caller types the survey code the clerk gave ({@code <alamat publik>/survei}) and how to
 * do it, as a printable page (A5 by default, {@code ?kertas=A4}). For staff who can see the
 * service's process (404 otherwise), with the Tasklist or Cockpit login too.
 */
@RestController
public class CetakKodeQrSurvei {

  private final RepositoryService repository;
  private final String namaInstansi;
  private final String alamatPublik;

  public CetakKodeQrSurvei(RepositoryService repository,
      @Value("${standar-pelayanan.nama-instansi}") String namaInstansi,
      @Value("${standar-pelayanan.alamat-publik:http://localhost:8080}") String alamatPublik) {
    this.repository = repository;
    this.namaInstansi = namaInstansi;
    this.alamatPublik = KodeSurveiTelepon.withoutTrailingSlash(alamatPublik);
  }

  @GetMapping("/api/survei/cetak/{processKey}")
  public ResponseEntity<String> cetak(@PathVariable String processKey,
      @RequestParam(defaultValue = "A5") String kertas) {
    if (!kertas.equals("A5") && !kertas.equals("A4")) {
      throw new InvalidInputException("kertas", "Ukuran kertas harus A5 atau A4.");
    }
    // the engine lists the definition only to whom may read it
    ProcessDefinition service = KodeSurveiTelepon.LANGKAH_PENUTUP.containsKey(processKey)
        ? repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult()
        : null;
    if (service == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Layanan telepon '" + processKey + "' tidak ditemukan.");
    }
    String target = alamatPublik + "/survei";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .header("Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .body(page(service.getName() == null ? processKey : service.getName(), target, kertas));
  }

  private String page(String layanan, String target, String kertas) {
    boolean a4 = kertas.equals("A4");
    String qr = KodeQr.svg(target, a4 ? "110mm" : "80mm", "Kode QR menuju " + target);
    return """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Survei Kepuasan Masyarakat – %1$s</title>
        <style>
          @page { size: %4$s portrait; margin: 12mm; }
          * { box-sizing: border-box; }
          body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #111; margin: 0; }
          main { max-width: %5$s; margin: 0 auto; padding: 8mm 0; text-align: center; }
          .instansi { font-size: %6$s; font-weight: 600; margin: 0 0 2mm; }
          .layanan { font-size: %7$s; margin: 0 0 5mm; color: #333; }
          h1 { font-size: %8$s; margin: 0 0 4mm; }
          .qr { margin: 0 auto 4mm; }
          .alamat { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: %7$s; font-weight: 600;
                    word-break: break-all; margin: 0 0 5mm; }
          ol { text-align: left; font-size: %7$s; line-height: 1.45; margin: 0 auto; padding-left: 6mm; }
          li { margin-bottom: 2mm; }
          .contoh { font-family: "DejaVu Sans Mono", Consolas, monospace; font-weight: 600; }
          .catatan { font-size: 9pt; color: #444; margin-top: 6mm; }
          .petunjuk-cetak { font-size: 10pt; color: #444; border: 1px dashed #888; padding: 2mm; margin-bottom: 5mm; }
          @media print { .petunjuk-cetak { display: none; } main { padding: 0; } }
        </style>
        </head>
        <body>
        <main>
          <p class="petunjuk-cetak">Cetak halaman ini (Ctrl+P) pada kertas %4$s dan letakkan di meja layanan.</p>
          <p class="instansi">%2$s</p>
          <p class="layanan">Layanan: %1$s</p>
          <h1>Bagaimana pelayanan kami?</h1>
          <div class="qr">%3$s</div>
          <p class="alamat">%9$s</p>
          <ol>
            <li>Pindai kode QR ini dengan kamera ponsel, atau buka alamat di atas.</li>
            <li>Masukkan kode survei yang disebutkan petugas di akhir layanan
              (contoh: <span class="contoh">ABCD-EFGH-JKMN</span>).</li>
            <li>Jawab sembilan pertanyaan singkat tentang layanan yang Anda terima.
              Setiap kode hanya dapat dipakai satu kali.</li>
          </ol>
          <p class="catatan">Survei Kepuasan Masyarakat menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017.</p>
        </main>
        </body>
        </html>
        """.formatted(HtmlUtils.htmlEscape(layanan), HtmlUtils.htmlEscape(namaInstansi), qr, kertas,
        a4 ? "170mm" : "124mm", a4 ? "16pt" : "13pt", a4 ? "13pt" : "11pt", a4 ? "24pt" : "19pt",
        HtmlUtils.htmlEscape(target));
  }
}
