package id.standarpelayanan.lapor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three kinds of file a report may carry, recognised by their first bytes, never by the name or
 * the type the sender declared: a PDF starts with {@code %PDF-} (ISO 32000-1, 7.5.2, here required
 * at the very first byte, as PDF writers put it; readers that tolerate junk before it are what
 * polyglot files rely on), a PNG with its eight-byte signature followed by the IHDR chunk (PNG
 * specification 5.2, 11.2.2), a JPEG with the SOI marker {@code FF D8} and a further marker
 * {@code FF} (ITU-T T.81, B.1.1.3).
 *
 * <p>An explicit check of three fixed signatures rather than a detection library (Apache Tika):
 * only these three types are accepted, so a list of thousands of types adds nothing but a way to
 * get an answer from the file name; each signature is one line here and tested.
 */
public enum JenisLampiran {

  PDF("application/pdf", "PDF", List.of("pdf"), bytes("%PDF-")),
  PNG("image/png", "PNG", List.of("png"), new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, -1, -1, -1, -1,
      'I', 'H', 'D', 'R'}),
  JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF});

  /** How many first bytes the signatures need. */
  public static final int HEAD = 16;

  private final String contentType;
  private final String label;
  private final List<String> extensions;
  /** Expected bytes; -1 for any byte. */
  private final int[] signature;

  JenisLampiran(String contentType, String label, List<String> extensions, int[] signature) {
    this.contentType = contentType;
    this.label = label;
    this.extensions = extensions;
    this.signature = signature;
  }

  public String contentType() {
    return contentType;
  }

  public String label() {
    return label;
  }

  /** File name extensions of the type, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** The type whose signature {@code head} (the file's first bytes) starts with. */
  public static Optional<JenisLampiran> dariIsi(byte[] head, int length) {
    return Arrays.stream(values()).filter(type -> type.matches(head, length)).findFirst();
  }

  public static Optional<JenisLampiran> dariContentType(String contentType) {
    return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
  }

  private boolean matches(byte[] head, int length) {
    if (length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (signature[i] >= 0 && (head[i] & 0xff) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] bytes(String ascii) {
    return ascii.chars().toArray();
  }
}
