package id.standarpelayanan.batas;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code standar-pelayanan.batas.masuk.*}: how many failed logins are allowed before the next
 * attempt must wait ({@link GagalMasuk}). Values and reasons in {@code application.yaml}.
 *
 * @param pengguna failures for one user from one client address, the short term
 * @param penggunaPanjang the same failures, the long term (the wait grows once it is used up)
 * @param alamat failures from one client address, for any users (one address trying many users)
 */
@ConfigurationProperties("standar-pelayanan.batas.masuk")
public record MasukProperties(BatasProperties.Anggaran pengguna, BatasProperties.Anggaran penggunaPanjang,
    BatasProperties.Anggaran alamat) {

  public MasukProperties {
    pengguna = pengguna != null ? pengguna : new BatasProperties.Anggaran(5, 5, java.time.Duration.ofMinutes(5));
    penggunaPanjang = penggunaPanjang != null ? penggunaPanjang
        : new BatasProperties.Anggaran(10, 10, java.time.Duration.ofHours(1));
    alamat = alamat != null ? alamat : new BatasProperties.Anggaran(30, 30, java.time.Duration.ofHours(1));
  }
}
