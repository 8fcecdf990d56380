package id.standarpelayanan.lapor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Attachments of a report (migration V8): at most three PDF, JPEG or PNG files of at most 5 MB,
 * the type recognised from the content ({@link JenisLampiran}), the name sanitised, stored with
 * their SHA-256 in the same transaction as the intake ({@link PenerimaanLaporan#terima}), so a
 * refused or failed filing keeps no file.
 */
@Service
public class LampiranLaporan {

  /** The field every refusal names. */
  public static final String FIELD = "lampiran";
  public static final int MAKS_BERKAS = 3;
  /** 5 MB (5 x 1024 x 1024 bytes), checked here once the whole filing is read. */
  public static final long MAKS_UKURAN = 5L * 1024 * 1024;
  private static final int MAKS_NAMA = 100;

  /** A file as sent, checked; {@code isi} can be read again to store it. */
  public record Berkas(String nama, JenisLampiran jenis, long ukuran, String sha256, InputStreamSource isi) {
  }

  /** What staff see of an attachment in the list. */
  public record Info(long id, String nama, String jenis, long ukuran, String sha256) {
  }

  public record Unduhan(String nama, String jenis, String sha256, byte[] isi) {
  }

  /** A file of the request, before it is checked: the name the sender gave, size, content. */
  public record Kiriman(String namaAsli, long ukuran, InputStreamSource isi) {
  }

  private final PenerimaanLaporan penerimaan;
  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;

  public LampiranLaporan(PenerimaanLaporan penerimaan, JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
    this.penerimaan = penerimaan;
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = jdbc;
  }

  /**
   * Checks the files of a filing: how many, each not empty, within 5 MB and a PDF, JPEG or PNG by
   * its content. A part without a name and without content is a file input left empty by the
   * browser and is skipped. Refusals are 400s naming {@value #FIELD}.
   */
  public List<Berkas> periksa(List<Kiriman> kiriman) {
    List<Kiriman> files = kiriman.stream()
        .filter(file -> file.ukuran() > 0 || (file.namaAsli() != null && !file.namaAsli().isEmpty())).toList();
    if (files.size() > MAKS_BERKAS) {
      throw new InvalidInputException(FIELD, "Lampiran paling banyak " + MAKS_BERKAS + " berkas; yang dikirim "
          + files.size() + ".");
    }
    List<Berkas> checked = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      checked.add(periksa(files.get(i), i + 1));
    }
    return checked;
  }

  private static Berkas periksa(Kiriman file, int urutan) {
    String shown = shownName(file.namaAsli(), urutan);
    if (file.ukuran() == 0) {
      throw new InvalidInputException(FIELD, "Lampiran '" + shown + "' kosong.");
    }
    if (file.ukuran() > MAKS_UKURAN) {
      throw new InvalidInputException(FIELD, "Lampiran '" + shown + "' lebih dari 5 MB: setiap lampiran paling besar 5 MB.");
    }
    byte[] head = new byte[JenisLampiran.HEAD];
    MessageDigest sha256 = sha256();
    long size = 0;
    int headLength = 0;
    try (InputStream in = new DigestInputStream(file.isi().getInputStream(), sha256)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read; (read = in.read(buffer)) > 0; size += read) {
        if (headLength < head.length) {
          int copied = Math.min(read, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, copied);
          headLength += copied;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size != file.ukuran()) {
      throw new InvalidInputException(FIELD, "Lampiran '" + shown + "' tidak terkirim utuh; kirim ulang.");
    }
    JenisLampiran jenis = JenisLampiran.dariIsi(head, headLength).orElseThrow(() -> new InvalidInputException(FIELD,
        "Lampiran '" + shown + "' bukan berkas PDF, JPEG atau PNG (jenis berkas diperiksa dari isinya, bukan dari"
            + " namanya)."));
    return new Berkas(namaAman(file.namaAsli(), jenis, urutan), jenis, size,
        HexFormat.of().formatHex(sha256.digest()), file.isi());
  }

  /**
   * Files the report and stores its files in one transaction: the report's number, access code,
   * process and files are all kept, or (on any refusal or failure) none of them.
   */
  @Transactional
  public PenerimaanLaporan.Diterima terimaDenganLampiran(LaporanBaru laporan, List<Berkas> berkas) {
    PenerimaanLaporan.Diterima diterima = penerimaan.terima(laporan, "WEB", Map.of());
    Timestamp now = Timestamp.from(MutuBaku.now().toInstant());
    for (int i = 0; i < berkas.size(); i++) {
      Berkas file = berkas.get(i);
      int urutan = i + 1;
      try (InputStream in = file.isi().getInputStream()) {
        jdbcTemplate.update("""
            INSERT INTO laporan_lampiran (nomor, urutan, nama_berkas, jenis_konten, ukuran, sha256, isi, diterima)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
              ps.setString(1, diterima.nomor());
              ps.setInt(2, urutan);
              ps.setString(3, file.nama());
              ps.setString(4, file.jenis().contentType());
              ps.setInt(5, (int) file.ukuran());
              ps.setString(6, file.sha256());
              ps.setBinaryStream(7, in, (int) file.ukuran());
              ps.setTimestamp(8, now);
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return diterima;
  }

  public List<Info> daftar(String nomor) {
    return jdbc.sql("""
            SELECT id, nama_berkas, jenis_konten, ukuran, sha256 FROM laporan_lampiran
            WHERE nomor = ? ORDER BY urutan""")
        .param(nomor)
        .query((rs, row) -> new Info(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
        .list();
  }

  public Optional<Unduhan> unduh(String nomor, long id) {
    return jdbc.sql("""
            SELECT nama_berkas, jenis_konten, sha256, isi FROM laporan_lampiran WHERE nomor = ? AND id = ?""")
        .params(nomor, id)
        .query((rs, row) -> new Unduhan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
        .optional();
  }

  /**
   * The name a file is stored and offered under: the last path segment of what the sender gave,
   * NFC, letters and digits of any script with {@code - _ ( )} and single spaces, everything else
   * (path and shell characters, quotes, angle brackets) as {@code _}, control and direction
   * characters dropped; no dot but the one before the extension, which is always that of the type
   * found in the content (a PDF sent as {@code foto.exe} is {@code foto_exe.pdf}); at most 100
   * characters before it; {@code lampiran-N} when nothing is left.
   */
  static String namaAman(String namaAsli, JenisLampiran jenis, int urutan) {
    String name = lastSegment(namaAsli);
    String extension = jenis.extensions().get(0);
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      String given = name.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (jenis.extensions().contains(given)) {
        extension = given;
        name = name.substring(0, dot);
      }
    }
    String base = cleaned(name.replace('.', '_'));
    return (base.isEmpty() ? "lampiran-" + urutan : base) + "." + extension;
  }

  /** The sender's name for messages, before the type is known: sanitised the same way, dots kept. */
  private static String shownName(String namaAsli, int urutan) {
    String name = cleaned(lastSegment(namaAsli));
    return name.isEmpty() ? "ke-" + urutan : name;
  }

  private static String lastSegment(String namaAsli) {
    String name = namaAsli == null ? "" : namaAsli;
    return Normalizer.normalize(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1),
        Normalizer.Form.NFC);
  }

  private static String cleaned(String name) {
    StringBuilder clean = new StringBuilder();
    name.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
        return;
      }
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '(' || c == ')' || c == '.') {
        clean.appendCodePoint(c);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        clean.append(' ');
      } else {
        clean.append('_');
      }
    });
    String text = clean.toString().replaceAll(" {2,}", " ").replaceAll("_{2,}", "_")
        .replaceAll("^[ _.]+|[ _]+$", "");
    if (text.codePointCount(0, text.length()) > MAKS_NAMA) {
      text = text.substring(0, text.offsetByCodePoints(0, MAKS_NAMA)).strip();
    }
    return text;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
