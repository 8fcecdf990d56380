package id.standarpelayanan.batas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.unit.DataSize;

import id.standarpelayanan.IntegrationTest;

/** The budgets' stores: shared by nodes on PostgreSQL, this node's memory on H2; client keys. */
class AnggaranTest extends IntegrationTest {

  @Autowired
  private DataSource dataSource;
  @Autowired
  private JdbcClient jdbc;

  private static BatasProperties small(String... kecuali) {
    BatasProperties.Anggaran three = new BatasProperties.Anggaran(3, 1, Duration.ofMinutes(1));
    DataSize kb = DataSize.ofKilobytes(1);
    return new BatasProperties(true, List.of(kecuali), three, three, three, three, Duration.ofSeconds(1),
        new BatasProperties.IsiMaksimum(kb, kb, kb, kb, kb));
  }

  @Test
  void twoNodesOnOneDatabaseDrawOnOneBudget() {
    ClockUtil.setCurrentTime(new Date());
    // two nodes: each its own client of the store and its own memory of refused clients
    AnggaranKlien nodeA = new AnggaranKlien(small(), new AnggaranPostgreSql(dataSource, AnggaranKlien.ENGINE_CLOCK));
    AnggaranKlien nodeB = new AnggaranKlien(small(), new AnggaranPostgreSql(dataSource, AnggaranKlien.ENGINE_CLOCK));

    assertThat(nodeA.ambil(JenisPanggilan.LAPOR, "198.51.100.20").diizinkan()).isTrue();
    assertThat(nodeB.ambil(JenisPanggilan.LAPOR, "198.51.100.20").diizinkan()).isTrue();
    assertThat(nodeA.ambil(JenisPanggilan.LAPOR, "198.51.100.20").diizinkan()).isTrue();
    assertThat(nodeB.ambil(JenisPanggilan.LAPOR, "198.51.100.20"))
        .isEqualTo(new AnggaranKlien.Keputusan(false, 60, false, "198.51.100.20"));
    assertThat(nodeA.ambil(JenisPanggilan.LAPOR, "198.51.100.20"))
        .as("node A learns it from the database, not from its memory")
        .isEqualTo(new AnggaranKlien.Keputusan(false, 60, false, "198.51.100.20"));
    assertThat(nodeA.ambil(JenisPanggilan.LAPOR, "198.51.100.20"))
        .as("and remembers it").isEqualTo(new AnggaranKlien.Keputusan(false, 60, true, "198.51.100.20"));
    // the other kinds of call keep their own budgets
    assertThat(nodeB.ambil(JenisPanggilan.LACAK, "198.51.100.20").diizinkan()).isTrue();

    assertThat(jdbc.sql("SELECT count(*) FROM batas_anggaran WHERE kunci LIKE '%/198.51.100.20'")
        .query(Long.class).single()).isEqualTo(2);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
    assertThat(nodeB.ambil(JenisPanggilan.LAPOR, "198.51.100.20").diizinkan()).isTrue();
    assertThat(nodeA.ambil(JenisPanggilan.LAPOR, "198.51.100.20").diizinkan()).isFalse();
  }

  @Test
  void expiredBucketsAreRemoved() {
    AnggaranKlien node = new AnggaranKlien(small(), new AnggaranPostgreSql(dataSource, AnggaranKlien.ENGINE_CLOCK));
    node.ambil(JenisPanggilan.SURVEI, "198.51.100.21");
    jdbc.sql("INSERT INTO batas_anggaran (kunci, keadaan, kedaluwarsa) VALUES ('uji/kedaluwarsa', NULL, 1)").update();

    node.bersihkan();

    assertThat(jdbc.sql("SELECT count(*) FROM batas_anggaran WHERE kunci = 'uji/kedaluwarsa'").query(Long.class)
        .single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM batas_anggaran WHERE kunci LIKE 'survei/%/198.51.100.21'")
        .query(Long.class).single()).as("a bucket still refilling stays").isEqualTo(1);
  }

  @Test
  void onH2TheMigrationsRunAndTheBudgetsLiveInMemory() {
    SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
        "jdbc:h2:mem:batas;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    assertThat(JdbcClient.create(h2).sql("SELECT count(*) FROM batas_anggaran").query(Long.class).single()).isZero();

    ClockUtil.setCurrentTime(new Date());
    AnggaranLokal memory = new AnggaranLokal(AnggaranKlien.ENGINE_CLOCK);
    AnggaranKlien node = new AnggaranKlien(small(), memory);
    for (int i = 0; i < 3; i++) {
      assertThat(node.ambil(JenisPanggilan.LACAK, "2001:db8:1:2::" + (i + 1)).diizinkan()).isTrue();
    }
    assertThat(node.ambil(JenisPanggilan.LACAK, "2001:db8:1:2:ffff::9").diizinkan())
        .as("one IPv6 /64 is one client").isFalse();
    assertThat(node.ambil(JenisPanggilan.LACAK, "2001:db8:1:3::1").diizinkan()).isTrue();

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 180_000));
    node.bersihkan();
    assertThat(node.ambil(JenisPanggilan.LACAK, "2001:db8:1:2::1").diizinkan()).isTrue();
  }

  @Test
  void exemptAddressesAndNetworksAreNeverThrottled() {
    AnggaranKlien node = new AnggaranKlien(small("10.1.2.30", "10.9.0.0/16"), new AnggaranLokal(AnggaranKlien.ENGINE_CLOCK));
    for (int i = 0; i < 10; i++) {
      assertThat(node.ambil(JenisPanggilan.LAPOR, "10.1.2.30").diizinkan()).isTrue();
      assertThat(node.ambil(JenisPanggilan.LAPOR, "10.9.200.1").diizinkan()).isTrue();
    }
    assertThat(node.ambil(JenisPanggilan.LAPOR, "10.1.2.31").diizinkan()).isTrue();
    for (String wrong : List.of("kantor.example.org", "10.1.2.0/40", "10.1.2")) {
      assertThatThrownBy(() -> new AnggaranKlien(small(wrong), new AnggaranLokal(AnggaranKlien.ENGINE_CLOCK)))
          .as(wrong).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void clientKeys() {
    assertThat(AlamatKlien.key("192.0.2.7", AlamatKlien.parse("192.0.2.7"))).isEqualTo("192.0.2.7");
    assertThat(AlamatKlien.key("2001:db8:a:b:1:2:3:4", AlamatKlien.parse("2001:db8:a:b:1:2:3:4")))
        .isEqualTo("2001:db8:a:b::/64");
    assertThat(AlamatKlien.parse("example.org")).as("never looked up in DNS").isNull();
    assertThat(AlamatKlien.key("unknown", null)).isEqualTo("unknown");
  }
}
