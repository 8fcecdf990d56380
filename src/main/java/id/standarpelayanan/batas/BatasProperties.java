package id.standarpelayanan.batas;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code standar-pelayanan.batas.*}: the budgets of public calls per client and the largest request
 * body per endpoint. The values and the reasons for them are in {@code application.yaml}.
 *
 * @param aktif whether public calls are throttled at all
 * @param kecuali client addresses or networks (CIDR) never throttled, e.g. an office kiosk
 * @param lapor filing a report
 * @param lacak tracking a report and responding to its answer
 * @param survei reading and answering a satisfaction survey
 * @param halaman the public pages
 * @param tunda how long a client that goes on calling after a refusal waits for its next ones
 * @param isiMaksimum the largest request body per endpoint
 */
@ConfigurationProperties("standar-pelayanan.batas")
public record BatasProperties(@DefaultValue("true") boolean aktif, @DefaultValue List<String> kecuali,
    Anggaran lapor, Anggaran lacak, Anggaran survei, Anggaran halaman, @DefaultValue("1s") Duration tunda,
    IsiMaksimum isiMaksimum) {

  /**
   * A token bucket: {@code kapasitas} calls at once, then {@code isiUlang} calls per
   * {@code periode}, refilled evenly (5 per 10 minutes: one every 2 minutes).
   */
  public record Anggaran(int kapasitas, int isiUlang, Duration periode) {

    public Anggaran {
      if (kapasitas < 1 || isiUlang < 1 || periode == null || periode.isNegative() || periode.isZero()) {
        throw new IllegalArgumentException("standar-pelayanan.batas: kapasitas and isi-ulang must be at least 1 "
            + "and periode positive, got " + kapasitas + ", " + isiUlang + ", " + periode);
      }
    }
  }

  /** Largest request bodies, checked before a body is parsed. */
  public record IsiMaksimum(DataSize survei, DataSize tanggapan, DataSize laporan, DataSize laporanBerkas,
      DataSize api) {
  }

  Anggaran anggaran(JenisPanggilan jenis) {
    return switch (jenis) {
      case LAPOR -> lapor;
      case LACAK -> lacak;
      case SURVEI -> survei;
      case HALAMAN -> halaman;
    };
  }
}
