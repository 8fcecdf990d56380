package id.standarpelayanan.surel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The outbox on H2, the database of {@code mvn spring-boot:run}: migration V6 applies, and its
 * claim ({@code FOR UPDATE SKIP LOCKED} and the lease) gives no row to two senders, without one
 * waiting for the other.
 */
class SurelKeluarH2Test {

  private static DriverManagerDataSource h2;
  private static SurelKeluar outbox;
  private static TransactionTemplate transaction;

  @BeforeAll
  static void migrate() {
    h2 = new DriverManagerDataSource("jdbc:h2:mem:surel-keluar;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(h2).load().migrate();
    outbox = new SurelKeluar(JdbcClient.create(h2), "noreply@kantor.go.id");
    transaction = new TransactionTemplate(new DataSourceTransactionManager(h2));
  }

  private static List<Long> claim(String token, int max) {
    var now = MutuBaku.now();
    return transaction.execute(status -> outbox.klaim(token, now, now.plus(PengirimSurel.LEASE), max))
        .stream().map(SurelKeluar.Antrean::id).toList();
  }

  @Test
  void twoSendersClaimingTogetherNeverGetTheSameMail() throws Exception {
    for (int i = 0; i < 5; i++) {
      transaction.executeWithoutResult(status -> outbox.antrekan(new SurelKeluar.Surel("UJI", "LPR-UJI",
          "uji@contoh.go.id", "Uji", "Isi")));
    }
    CountDownLatch claimedByA = new CountDownLatch(1);
    CountDownLatch bDone = new CountDownLatch(1);
    List<Long> claimA = new ArrayList<>();
    // A claims one mail and keeps its transaction open while B claims
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
      var now = MutuBaku.now();
      outbox.klaim("A", now, now.plus(PengirimSurel.LEASE), 1).forEach(row -> claimA.add(row.id()));
      claimedByA.countDown();
      try {
        bDone.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    assertThat(claimedByA.await(10, TimeUnit.SECONDS)).isTrue();
    List<Long> claimB = CompletableFuture.supplyAsync(() -> claim("B", 5)).get(5, TimeUnit.SECONDS);
    bDone.countDown();
    a.get(10, TimeUnit.SECONDS);
    List<Long> claimC = claim("C", 10);

    assertThat(claimA).hasSize(1);
    Set<Long> all = new HashSet<>();
    for (List<Long> claim : List.of(claimA, claimB, claimC)) {
      for (Long id : claim) {
        assertThat(all.add(id)).as("mail %d claimed twice", id).isTrue();
      }
    }
    assertThat(all).hasSize(5);
    // every mail is now claimed: none is due for anyone until a lease passes
    assertThat(claim("D", 10)).isEmpty();
  }
}
