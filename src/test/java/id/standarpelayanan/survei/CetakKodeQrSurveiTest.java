package id.standarpelayanan.survei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;

/** The printable card of a phone service: its QR code, read back by ZXing, leads to the survey page. */
class CetakKodeQrSurveiTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;

  private TestRestTemplate as(String group) {
    String user = "cetak" + group;
    return anonymous.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  /** Paints the SVG's modules (one unit each, from the path's "Mx,yhNv1h-Nz" runs) and decodes the image. */
  static String decode(String html) throws Exception {
    Matcher svgMatch = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    assertThat(svgMatch.find()).as("an SVG on the page").isTrue();
    Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(svgMatch.group()))).getDocumentElement();
    String[] viewBox = svg.getAttribute("viewBox").split(" ");
    int width = Integer.parseInt(viewBox[2]);
    int height = Integer.parseInt(viewBox[3]);
    int scale = 4;
    int[] pixels = new int[width * scale * height * scale];
    java.util.Arrays.fill(pixels, 0xFFFFFF);
    String path = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
    Matcher run = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\3z").matcher(path);
    int end = 0;
    while (run.find()) {
      assertThat(run.start()).as("only runs in the path").isEqualTo(end);
      end = run.end();
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      for (int py = y * scale; py < (y + 1) * scale; py++) {
        for (int px = x * scale; px < (x + length) * scale; px++) {
          pixels[py * width * scale + px] = 0;
        }
      }
    }
    assertThat(end).isEqualTo(path.length());
    RGBLuminanceSource image = new RGBLuminanceSource(width * scale, height * scale, pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image)),
        Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
  }

  @Test
  void theCardOfAServiceNamesTheOfficeAndTheServiceAndItsQrCodeLeadsToTheSurveyPage() throws Exception {
    ResponseEntity<String> page = as("frontOffice").getForEntity("/api/survei/cetak/layananInformasiTelepon",
        String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'")
        .doesNotContain("script");
    String html = page.getBody();
    assertThat(html).contains("<html lang=\"id\">", "Balai Kekarantinaan Kesehatan Kelas I Banten",
        "Layanan: " + processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("layananInformasiTelepon").latestVersion().singleResult().getName(),
        "Pindai kode QR", "kode survei yang disebutkan petugas", "http://localhost:8080/survei", "size: A5");
    assertThat(decode(html)).isEqualTo("http://localhost:8080/survei");
  }

  @Test
  void anA4CardIsOfferedTooAndOtherPaperIsRefusedNamingTheParameter() throws Exception {
    ResponseEntity<String> a4 = as("petugasCallCenter").getForEntity("/api/survei/cetak/callCenter?kertas=A4",
        String.class);
    assertThat(a4.getBody()).contains("size: A4");
    assertThat(decode(a4.getBody())).isEqualTo("http://localhost:8080/survei");

    ResponseEntity<Map> b5 = as("petugasCallCenter").getForEntity("/api/survei/cetak/callCenter?kertas=B5", Map.class);
    assertThat(b5.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(b5.getBody()).containsEntry("field", "kertas");
  }

  @Test
  void onlyStaffWhoSeeThePhoneServiceGetItsCard() {
    assertThat(as("bidangMutasiStatus").getForEntity("/api/survei/cetak/penerimaanTelepon", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // a service the group does not work in, a service without a phone survey code, an unknown one
    assertThat(as("adminUpt").getForEntity("/api/survei/cetak/penerimaanTelepon", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("adminNasional").getForEntity("/api/survei/cetak/pengaduanLapor", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("bidangMutasiStatus").getForEntity("/api/survei/cetak/tidakAda", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.getForEntity("/api/survei/cetak/penerimaanTelepon", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
