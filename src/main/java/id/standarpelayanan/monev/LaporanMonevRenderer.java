package id.standarpelayanan.monev;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import id.standarpelayanan.monev.BahanMonev.KinerjaLangkah;
import id.standarpelayanan.survei.IndeksKepuasan;
import id.standarpelayanan.survei.Unsur;

/**
 * The monev report as a printable HTML document in Bahasa Indonesia: the performance table, a chart
 * of each step's on-time share beside its mutu baku, the IKM per element, the analyst's commentary,
 * the conclusions, and the Kepala Bidang's signature.
 */
@Component
public class LaporanMonevRenderer {

  private static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", ID);

  public record Isi(String nomor, BahanMonev bahan, String komentarAnalis, String konsepLaporan,
      String penandatangan, OffsetDateTime ditandatanganiPada) {
  }

  public String render(Isi isi) {
    BahanMonev bahan = isi.bahan();
    StringBuilder html = new StringBuilder();
    html.append("""
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="UTF-8">
        <title>Laporan Pemantauan dan Evaluasi %s</title>
        <style>
          body { font-family: 'Times New Roman', serif; margin: 2cm; color: #111; }
          h1 { font-size: 16pt; text-align: center; margin-bottom: 0; }
          h2 { font-size: 13pt; margin-top: 1.5em; }
          p.sub { text-align: center; margin-top: 0.3em; }
          table { border-collapse: collapse; width: 100%%; font-size: 10pt; }
          th, td { border: 1px solid #444; padding: 3px 5px; text-align: left; }
          td.n { text-align: right; }
          .ttd { margin-top: 3em; margin-left: 60%%; }
          .teks { white-space: pre-wrap; }
          @media print { body { margin: 1.5cm; } }
        </style></head><body>
        """.formatted(esc(isi.nomor())));
    html.append("<h1>LAPORAN PEMANTAUAN DAN EVALUASI KINERJA LAYANAN</h1>\n");
    html.append("<p class=\"sub\">Nomor ").append(esc(isi.nomor())).append("<br>Periode ")
        .append(date(bahan.dari())).append(" s.d. ").append(date(bahan.sampai())).append("</p>\n");

    html.append("<h2>A. Kinerja per langkah terhadap mutu baku</h2>\n<table><tr><th>Proses</th><th>Langkah</th>"
        + "<th>Jumlah</th><th>Selesai</th><th>Median</th><th>Persentil 90</th><th>Mutu baku</th>"
        + "<th>Tepat waktu</th><th>Pelanggaran</th></tr>\n");
    for (KinerjaLangkah step : bahan.langkah()) {
      html.append("<tr><td>").append(esc(step.proses())).append("</td><td>").append(esc(step.nama()))
          .append("</td><td class=\"n\">").append(step.jumlah()).append("</td><td class=\"n\">").append(step.selesai())
          .append("</td><td class=\"n\">").append(duration(step.medianDetik()))
          .append("</td><td class=\"n\">").append(duration(step.persentil90Detik()))
          .append("</td><td class=\"n\">").append(duration(step.mutuBakuDetik()))
          .append("</td><td class=\"n\">").append(percent(step.tepatWaktu()))
          .append("</td><td class=\"n\">").append(step.pelanggaran()).append("</td></tr>\n");
    }
    html.append("</table>\n").append(onTimeChart(bahan));

    html.append("<h2>B. Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)</h2>\n");
    IndeksKepuasan.Hasil ikm = bahan.ikm();
    if (ikm == null || ikm.jumlahResponden() == 0) {
      html.append("<p>Belum ada jawaban survei pada periode ini.</p>\n");
    } else {
      html.append("<p>Responden: ").append(ikm.jumlahResponden()).append("; IKM unit pelayanan <b>")
          .append(ikm.nilaiKonversi()).append("</b>, mutu pelayanan <b>").append(ikm.mutu()).append(" (")
          .append(esc(ikm.kinerja())).append(")</b>.</p>\n").append(ikmChart(ikm));
    }

    html.append("<h2>C. Catatan analis</h2>\n<p class=\"teks\">").append(esc(isi.komentarAnalis())).append("</p>\n");
    html.append("<h2>D. Kesimpulan dan rekomendasi</h2>\n<p class=\"teks\">").append(esc(isi.konsepLaporan()))
        .append("</p>\n");
    html.append("<div class=\"ttd\">Disetujui dan ditandatangani secara elektronik<br>Kepala Bidang,<br><br><b>")
        .append(esc(isi.penandatangan())).append("</b><br>")
        .append(isi.ditandatanganiPada() == null ? "" : STAMP.format(isi.ditandatanganiPada()) + " WIB")
        .append("</div>\n</body></html>\n");
    return html.toString();
  }

  /** Horizontal bars: each step's on-time share, labelled with its mutu baku; the 100 % line marks the standard. */
  private static String onTimeChart(BahanMonev bahan) {
    int rows = bahan.langkah().size();
    int height = 30 + rows * 26;
    StringBuilder svg = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"")
        .append(height).append("\" role=\"img\" aria-label=\"Persentase tepat waktu per langkah\">\n");
    svg.append("<text x=\"0\" y=\"14\" font-size=\"12\">Persentase tepat waktu per langkah (batang) terhadap mutu baku (garis 100%)</text>\n");
    int y = 26;
    for (KinerjaLangkah step : bahan.langkah()) {
      double share = step.tepatWaktu() == null ? 0 : step.tepatWaktu();
      int width = (int) Math.round(share * 300);
      String color = share >= 0.9 ? "#2e7d32" : share >= 0.7 ? "#f9a825" : "#c62828";
      svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"10\">")
          .append(esc(truncate(step.nama(), 44))).append(" (").append(duration(step.mutuBakuDetik())).append(")</text>\n")
          .append("<rect x=\"300\" y=\"").append(y).append("\" width=\"").append(width)
          .append("\" height=\"18\" fill=\"").append(color).append("\"/>\n")
          .append("<text x=\"").append(305 + width).append("\" y=\"").append(y + 14).append("\" font-size=\"10\">")
          .append(percent(step.tepatWaktu())).append("</text>\n");
      y += 26;
    }
    svg.append("<line x1=\"600\" y1=\"20\" x2=\"600\" y2=\"").append(height).append("\" stroke=\"#000\" stroke-dasharray=\"4\"/>\n");
    return svg.append("</svg><figcaption>Gambar 1. Ketepatan waktu per langkah</figcaption></figure>\n").toString();
  }

  private static String ikmChart(IndeksKepuasan.Hasil ikm) {
    StringBuilder svg = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"")
        .append(30 + 9 * 26).append("\" role=\"img\" aria-label=\"Nilai per unsur\">\n");
    svg.append("<text x=\"0\" y=\"14\" font-size=\"12\">Nilai per unsur (NRR x 25, skala 25-100)</text>\n");
    int y = 26;
    for (Unsur unsur : Unsur.values()) {
      BigDecimal nrr = ikm.nrr().get(unsur.field());
      double value = nrr == null ? 0 : nrr.doubleValue() * 25;
      int width = (int) Math.round(value * 3);
      svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"10\">").append(esc(unsur.label()))
          .append("</text>\n<rect x=\"260\" y=\"").append(y).append("\" width=\"").append(width)
          .append("\" height=\"18\" fill=\"#1565c0\"/>\n<text x=\"").append(265 + width).append("\" y=\"")
          .append(y + 14).append("\" font-size=\"10\">").append(String.format(ID, "%.2f", value)).append("</text>\n");
      y += 26;
    }
    return svg.append("</svg><figcaption>Gambar 2. IKM per unsur</figcaption></figure>\n").toString();
  }

  static String markdownSummary(BahanMonev bahan) {
    StringBuilder text = new StringBuilder("| Proses | Langkah | Jumlah | Median | Mutu baku | Tepat waktu | Pelanggaran |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (KinerjaLangkah step : bahan.langkah()) {
      text.append("| ").append(step.proses()).append(" | ").append(step.nama()).append(" | ").append(step.jumlah())
          .append(" | ").append(duration(step.medianDetik())).append(" | ").append(duration(step.mutuBakuDetik()))
          .append(" | ").append(percent(step.tepatWaktu())).append(" | ").append(step.pelanggaran()).append(" |\n");
    }
    IndeksKepuasan.Hasil ikm = bahan.ikm();
    text.append("\nIKM periode: ").append(ikm == null || ikm.jumlahResponden() == 0 ? "belum ada jawaban survei"
        : ikm.nilaiKonversi() + " (mutu " + ikm.mutu() + ", " + ikm.kinerja() + "; " + ikm.jumlahResponden() + " responden)");
    return text.toString();
  }

  static String duration(Long seconds) {
    if (seconds == null) {
      return "-";
    }
    if (seconds < 60) {
      return seconds + " dtk";
    }
    if (seconds < 3600) {
      return (seconds / 60) + " mnt " + (seconds % 60 == 0 ? "" : (seconds % 60) + " dtk");
    }
    if (seconds < 86400) {
      return (seconds / 3600) + " jam " + ((seconds % 3600) / 60) + " mnt";
    }
    return String.format(ID, "%.1f hari", seconds / 86400.0);
  }

  static String percent(Double share) {
    return share == null ? "-" : String.format(ID, "%.1f%%", share * 100);
  }

  private static String date(LocalDate date) {
    return DATE.format(date);
  }

  private static String truncate(String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
