package id.standarpelayanan.batas;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.standarpelayanan.security.SecretCode;

/**
 * Failed logins, throttled per user and client address and per client address, in the same
 * token-bucket store as the public calls (PostgreSQL, shared by every node). Only a failure takes a
 * token; a login is refused beforehand (without checking the password) while one of its buckets
 * is empty. Every wait ends by itself: a stranger who tries a user's passwords from one address
 * makes only that address wait, never the user at another address. Camunda's own lock (permanent
 * after {@code loginMaxAttempts}, per user from any address) is switched off in
 * {@code application.yaml}.
 *
 * <p>The waits grow: {@code pengguna} allows a few failures at once, then one per refill;
 * {@code pengguna-panjang} stretches the refill once more failures follow.
 */
public class GagalMasuk {

  private static final Logger LOG = LoggerFactory.getLogger(GagalMasuk.class);
  static final String PASANGAN = "masuk/";
  static final String ALAMAT = "masuk-alamat/";

  /** Allowed, or refused with the whole seconds to wait ({@code Retry-After}). */
  public record Keputusan(boolean diizinkan, long tungguDetik) {
    static final Keputusan IZINKAN = new Keputusan(true, 0);
  }

  /** A user's throttled client address and the seconds it still waits (0: a few failures, no wait yet). */
  public record Kunci(String alamat, long tungguDetik) {
  }

  private final boolean aktif;
  private final AlamatKlien alamat;
  private final PenyimpananAnggaran penyimpanan;
  private final BucketConfiguration pasangan;
  private final BucketConfiguration perAlamat;
  private final String prefixPasangan;
  private final String prefixAlamat;

  GagalMasuk(BatasProperties batas, MasukProperties masuk, PenyimpananAnggaran penyimpanan) {
    this.aktif = batas.aktif();
    this.alamat = new AlamatKlien(batas.kecuali());
    this.penyimpanan = penyimpanan;
    this.pasangan = BucketConfiguration.builder().addLimit(limit(masuk.pengguna()))
        .addLimit(limit(masuk.penggunaPanjang())).build();
    this.perAlamat = BucketConfiguration.builder().addLimit(limit(masuk.alamat())).build();
    // the settings are part of the keys, as for the public calls: changed settings start afresh
    this.prefixPasangan = PASANGAN + signature(masuk.pengguna()) + "," + signature(masuk.penggunaPanjang()) + "/";
    this.prefixAlamat = ALAMAT + signature(masuk.alamat()) + "/";
    LOG.info("Failed logins throttled per user and address ({} then {}; {} then {}) and per address ({} then {}){}",
        masuk.pengguna().kapasitas(), rate(masuk.pengguna()), masuk.penggunaPanjang().kapasitas(),
        rate(masuk.penggunaPanjang()), masuk.alamat().kapasitas(), rate(masuk.alamat()),
        aktif ? "" : ": OFF (standar-pelayanan.batas.aktif=false)");
  }

  private static Bandwidth limit(BatasProperties.Anggaran anggaran) {
    return Bandwidth.builder().capacity(anggaran.kapasitas())
        .refillGreedy(anggaran.isiUlang(), anggaran.periode()).build();
  }

  private static String signature(BatasProperties.Anggaran anggaran) {
    return anggaran.kapasitas() + "+" + anggaran.isiUlang() + "per" + anggaran.periode().toSeconds() + "s";
  }

  private static String rate(BatasProperties.Anggaran anggaran) {
    return anggaran.isiUlang() + " per " + anggaran.periode();
  }

  /** Whether {@code pengguna} may try a password from {@code remoteAddr} now. */
  public Keputusan periksa(String pengguna, String remoteAddr) {
    String client = client(remoteAddr);
    if (client == null) {
      return Keputusan.IZINKAN;
    }
    try {
      long wait = Math.max(penyimpanan.tunggu(prefixAlamat + client, perAlamat),
          pengguna == null ? 0 : penyimpanan.tunggu(keyOf(pengguna, client), pasangan));
      return wait == 0 ? Keputusan.IZINKAN : new Keputusan(false, seconds(wait));
    } catch (RuntimeException storeFailed) {
      // the login needs the same database: when it fails, the login fails too
      LOG.warn("Failed-login throttling not checked: {}", storeFailed.toString());
      return Keputusan.IZINKAN;
    }
  }

  /** Counts a wrong password (or an unknown user) for {@code pengguna} from {@code remoteAddr}. */
  public void gagal(String pengguna, String remoteAddr) {
    String client = client(remoteAddr);
    if (client == null) {
      return;
    }
    try {
      penyimpanan.ambil(prefixAlamat + client, perAlamat);
      if (pengguna != null) {
        penyimpanan.ambil(keyOf(pengguna, client), pasangan);
      }
    } catch (RuntimeException storeFailed) {
      LOG.warn("Failed login not counted: {}", storeFailed.toString());
    }
  }

  /** The client addresses from which {@code pengguna} has failed lately, with their waits. */
  public List<Kunci> daftar(String pengguna) {
    String prefix = userPrefix(pengguna);
    return penyimpanan.kunci(prefix).stream()
        .map(key -> new Kunci(key.substring(prefix.length()), seconds(penyimpanan.tunggu(key, pasangan))))
        .toList();
  }

  /**
   * Forgets the failures of {@code pengguna} from every address; with {@code alamatJuga} also the
   * failures counted against those addresses for any user.
   */
  public int buka(String pengguna, boolean alamatJuga) {
    if (alamatJuga) {
      for (Kunci kunci : daftar(pengguna)) {
        penyimpanan.hapus(prefixAlamat + kunci.alamat());
      }
    }
    return penyimpanan.hapus(userPrefix(pengguna));
  }

  /** The answer to a refused login: 429, {@code Retry-After}, a problem in Bahasa Indonesia. */
  public static void tolak(HttpServletRequest request, HttpServletResponse response, Keputusan keputusan)
      throws IOException {
    long minutes = Math.max(1, (keputusan.tungguDetik() + 59) / 60);
    response.setHeader("Retry-After", Long.toString(keputusan.tungguDetik()));
    Masalah.tulis(request, response, 429, "Terlalu banyak percobaan masuk",
        "Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam " + minutes
            + " menit, atau minta administrator membukanya.");
  }

  private String client(String remoteAddr) {
    if (!aktif) {
      return null;
    }
    InetAddress address = AlamatKlien.parse(remoteAddr);
    return alamat.exempt(address) ? null : AlamatKlien.key(remoteAddr, address);
  }

  private String keyOf(String pengguna, String client) {
    return userPrefix(pengguna) + client;
  }

  /** The user's part of a key: URL-encoded (no '@' of its own), hashed when long (keys are at most 200). */
  private String userPrefix(String pengguna) {
    String encoded = URLEncoder.encode(pengguna, StandardCharsets.UTF_8);
    if (encoded.length() > 80) {
      encoded = "sha256-" + SecretCode.hash(pengguna);
    }
    return prefixPasangan + encoded + "@";
  }

  private static long seconds(long nanos) {
    return nanos <= 0 ? 0 : Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
  }
}
