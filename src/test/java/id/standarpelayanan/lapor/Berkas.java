package id.standarpelayanan.lapor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Files a citizen might attach, real and fake, made in the test. */
final class Berkas {

  private Berkas() {
  }

  /** A PDF of exactly {@code size} bytes (header, padding comment, trailer). */
  static byte[] pdf(int size) {
    byte[] head = "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = new byte[size];
    Arrays.fill(pdf, (byte) 'a');
    System.arraycopy(head, 0, pdf, 0, head.length);
    System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
    return pdf;
  }

  static byte[] pdf() {
    return pdf(2048);
  }

  static byte[] png() {
    return image("png", Color.ORANGE);
  }

  static byte[] jpeg() {
    return image("jpg", Color.BLUE);
  }

  /** An HTML page with script, as an attacker would rename it to {@code bukti.pdf}. */
  static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a Windows executable (MZ header). */
  static byte[] exe() {
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    return exe;
  }

  private static byte[] image(String format, Color colour) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(colour);
    graphics.fillRect(0, 0, 40, 30);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
