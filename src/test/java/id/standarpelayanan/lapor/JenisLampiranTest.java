package id.standarpelayanan.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type of an attachment comes from its first bytes; its name is made safe to store and offer. */
class JenisLampiranTest {

  private static JenisLampiran jenis(byte[] content) {
    byte[] head = Arrays.copyOf(content, JenisLampiran.HEAD);
    return JenisLampiran.dariIsi(head, Math.min(content.length, JenisLampiran.HEAD)).orElse(null);
  }

  @Test
  void realFilesAreRecognisedByTheirContent() {
    assertThat(jenis(Berkas.pdf())).isEqualTo(JenisLampiran.PDF);
    assertThat(jenis(Berkas.png())).isEqualTo(JenisLampiran.PNG);
    assertThat(jenis(Berkas.jpeg())).isEqualTo(JenisLampiran.JPEG);
  }

  @Test
  void otherContentIsNoneOfTheThreeWhateverItIsCalled() {
    assertThat(jenis(Berkas.html())).isNull();
    assertThat(jenis(Berkas.exe())).isNull();
    assertThat(jenis("GIF89a".getBytes(StandardCharsets.US_ASCII))).isNull();
    // the PDF header after other bytes (how PDF/HTML polyglots are built) is not a PDF here
    assertThat(jenis(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(jenis("<html>%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
    // a truncated signature
    assertThat(jenis(Arrays.copyOf(Berkas.png(), 8))).isNull();
    assertThat(jenis(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
    assertThat(jenis(new byte[0])).isNull();
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Bukti Pembayaran.pdf | PDF | Bukti Pembayaran.pdf",
      "kwitansi.JPG | JPEG | kwitansi.jpg",
      "foto.jpeg | JPEG | foto.jpeg",
      "../../etc/passwd.pdf | PDF | passwd.pdf",
      "C:\\Users\\Sari\\Desktop\\surat.png | PNG | surat.png",
      "bukti.exe | PDF | bukti_exe.pdf",
      "foto.png | JPEG | foto_png.jpg",
      "<img src=x onerror=alert(1)>.png | PNG | img src_x onerror_alert(1).png",
      "\"a;b\".pdf | PDF | a_b.pdf",
      ".htaccess | PNG | htaccess.png",
      "surat.dinas.final.pdf | PDF | surat_dinas_final.pdf",
      "Laporan   tiga    spasi.pdf | PDF | Laporan tiga spasi.pdf",
      "Пожалуйста.pdf | PDF | Пожалуйста.pdf",
      "بلاغ.png | PNG | بلاغ.png",
      "'' | PDF | lampiran-2.pdf",
      "/// | PNG | lampiran-2.png",
      "%00.pdf | PDF | 00.pdf"})
  void namesAreSanitised(String given, JenisLampiran jenis, String stored) {
    assertThat(LampiranLaporan.namaAman(given, jenis, 2)).isEqualTo(stored);
  }

  @Test
  void controlAndDirectionCharactersAreDroppedSoANameCannotPretendToBeAnotherType() {
    // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" in a right-to-left-aware viewer
    assertThat(LampiranLaporan.namaAman("invoice\u202Efdp.exe", JenisLampiran.PDF, 1)).isEqualTo("invoicefdp_exe.pdf");
    assertThat(LampiranLaporan.namaAman("a\u0000b\nc\u0007.png", JenisLampiran.PNG, 1)).isEqualTo("abc.png");
    assertThat(LampiranLaporan.namaAman(null, JenisLampiran.JPEG, 3)).isEqualTo("lampiran-3.jpg");
  }

  @Test
  void aLongNameIsCutToAHundredCharactersBeforeTheExtension() {
    String stored = LampiranLaporan.namaAman("x".repeat(300) + ".pdf", JenisLampiran.PDF, 1);
    assertThat(stored).isEqualTo("x".repeat(100) + ".pdf");
  }
}
