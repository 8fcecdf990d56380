package id.standarpelayanan.survei;

import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as SVG, drawn by ZXing: one square unit per module with the standard quiet zone of
 * four modules, error correction M (a printed card that gets a little worn still reads).
 */
final class KodeQr {

  private KodeQr() {
  }

  /** SVG of the QR code of {@code text}, {@code size} wide and high (a CSS length, e.g. {@code 80mm}). */
  static String svg(String text, String size, String label) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN, 4,
          EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code for a text of " + text.length() + " characters", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (!matrix.get(x, y)) {
          continue;
        }
        int run = 1;
        while (x + run < width && matrix.get(x + run, y)) {
          run++;
        }
        path.append('M').append(x).append(',').append(y).append('h').append(run).append("v1h-").append(run).append('z');
        x += run - 1;
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + size
        + "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\">"
        + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
