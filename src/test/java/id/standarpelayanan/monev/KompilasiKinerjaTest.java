package id.standarpelayanan.monev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.Wib;
import id.standarpelayanan.monev.BahanMonev.KinerjaLangkah;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The compiled figures against a history made here with known durations, in the first quarter of
 * 2030 (no other test works there): three calls to extension 102.
 *
 *   terimaPanggilan (mutu baku 60 s): 10 s, 30 s, 90 s -> median 30 s, p90 (nearest rank 3 of 3) 90 s,
 *     on time 2 of 3, no breach (its timer was not run).
 *   berikanJawaban (mutu baku 600 s): 120 s, 300 s, 700 s -> median 300 s, p90 700 s, on time 2 of 3,
 *     one breach (the third call's timer fired at 600 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KompilasiKinerjaTest extends IntegrationTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private KompilasiKinerja kompilasi;
  @Autowired
  private LaporanMonevRenderer renderer;
  @Autowired
  private JdbcClient jdbc;


  @BeforeAll
  void historyWithKnownDurations() {
    long[][] seconds = {{10, 120}, {30, 300}, {90, 700}};
    LocalDateTime start = LocalDateTime.of(2030, 2, 4, 9, 0);
    for (int call = 0; call < seconds.length; call++) {
      LocalDateTime ring = start.plusHours(call);
      ClockUtil.setCurrentTime(Wib.at(ring));
      String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
          Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
      LocalDateTime picked = ring.plusSeconds(seconds[call][0]);
      ClockUtil.setCurrentTime(Wib.at(picked));
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
          Map.of("perihal", "INFORMASI", "ringkasanPermintaan", "Uji"));
      if (seconds[call][1] > 600) {
        ClockUtil.setCurrentTime(Wib.at(picked.plusSeconds(600)));
        management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
      }
      ClockUtil.setCurrentTime(Wib.at(picked.plusSeconds(seconds[call][1])));
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("berikanJawaban")
          .singleResult().getId(), Map.of("jenisKeluaran", "INFORMASI", "jawaban", "Uji"));
    }
    OffsetDateTime answered = LocalDateTime.of(2030, 2, 5, 10, 0).atZone(MutuBaku.WIB).toOffsetDateTime();
    int[][] surveys = {{4, 4, 3, 4, 3, 4, 4, 3, 4}, {3, 4, 3, 4, 3, 3, 4, 3, 3}, {4, 3, 2, 4, 3, 4, 4, 3, 4},
        {3, 3, 3, 4, 2, 3, 3, 3, 3}};
    for (int i = 0; i < surveys.length; i++) {
      String token = "uji-2030-" + i;
      jdbc.sql("INSERT INTO survei_token (token, process_definition_key, process_instance_id, diterbitkan, dipakai) "
          + "VALUES (?, 'penerimaanTelepon', 'uji', ?, ?)").params(token, answered, answered).update();
      int[] s = surveys[i];
      jdbc.sql("INSERT INTO survei_jawaban VALUES (?, 'penerimaanTelepon', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(token, answered, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]).update();
    }
    ClockUtil.reset();
  }

  private BahanMonev firstQuarter2030() {
    return kompilasi.compile(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31));
  }

  private static KinerjaLangkah step(BahanMonev bahan, String taskKey) {
    return bahan.langkah().stream().filter(step -> step.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  @Test
  void pickUpFigures() {
    KinerjaLangkah pickUp = step(firstQuarter2030(), "terimaPanggilan");

    assertThat(pickUp.proses()).isEqualTo("penerimaanTelepon");
    assertThat(pickUp.jumlah()).isEqualTo(3);
    assertThat(pickUp.medianDetik()).isEqualTo(30);
    assertThat(pickUp.persentil90Detik()).isEqualTo(90);
    assertThat(pickUp.mutuBakuDetik()).isEqualTo(60);
    assertThat(pickUp.tepatWaktu()).isEqualTo(2.0 / 3);
    assertThat(pickUp.pelanggaran()).isZero();
  }

  @Test
  void answerFigures() {
    KinerjaLangkah answer = step(firstQuarter2030(), "berikanJawaban");

    assertThat(answer.jumlah()).isEqualTo(3);
    assertThat(answer.medianDetik()).isEqualTo(300);
    assertThat(answer.persentil90Detik()).isEqualTo(700);
    assertThat(answer.mutuBakuDetik()).isEqualTo(600);
    assertThat(answer.tepatWaktu()).isEqualTo(2.0 / 3);
    assertThat(answer.pelanggaran()).isEqualTo(1);
  }

  @Test
  void ikmOfThePeriodIsTheWorkedExample() {
    // the four questionnaires of IndeksKepuasanTest: 84.03, B
    assertThat(firstQuarter2030().ikm().nilaiKonversi()).isEqualByComparingTo("84.03");
    assertThat(firstQuarter2030().ikm().mutu()).isEqualTo("B");
  }

  @Test
  void nearestRankPercentileAndMedian() {
    assertThat(KompilasiKinerja.median(List.of(10L, 30L, 90L))).isEqualTo(30);
    assertThat(KompilasiKinerja.median(List.of(10L, 30L))).isEqualTo(20);
    assertThat(KompilasiKinerja.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9);
    assertThat(KompilasiKinerja.percentile(List.of(), 90)).isNull();
  }

  @Test
  void writesASampleReport() throws Exception {
    String html = renderer.render(new LaporanMonevRenderer.Isi("MNV-2030-000001", firstQuarter2030(),
        "Waktu jawab panggilan ketiga melewati mutu baku 10 menit karena data kepegawaian harus dicari di arsip.",
        "1. Ketepatan waktu penerimaan panggilan 66,7%: tambah petugas piket pada jam sibuk.\n"
            + "2. IKM 84,03 (mutu B, Baik); unsur waktu penyelesaian terendah.",
        "kabid", LocalDateTime.of(2030, 4, 1, 10, 0).atZone(MutuBaku.WIB).toOffsetDateTime()));
    Path sample = Path.of("target", "laporan-monev-contoh.html");
    Files.writeString(sample, html, StandardCharsets.UTF_8);

    assertThat(html).contains("1 Januari 2030 s.d. 31 Maret 2030", "Terima panggilan dan tanyakan keperluan",
        "66,7%", "84.03", "(Baik)", "<svg", "Gambar 1", "Gambar 2", "kabid");
    assertThat(Files.size(sample)).isPositive();
  }
}
