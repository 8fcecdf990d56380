package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.standarpelayanan.Application;
import id.standarpelayanan.TestDatabase;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;

/**
 * Two application nodes on one PostgreSQL database, both with job executors: timers that lapse
 * together are recorded and escalated exactly once, a task done on one node is gone on the other,
 * and tracking numbers stay unique. (In one JVM, each node with its own engine and job executor.)
 */
class DuaNodeTest {

  private static final int CALLS = 200;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  private static ConfigurableApplicationContext node(String name, String url) {
    return new SpringApplicationBuilder(Application.class).profiles("test")
        .run("--spring.datasource.url=" + url, "--server.port=0", "--camunda.bpm.webapp.enabled=false",
            "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.max-wait=1000");
  }

  @BeforeAll
  static void twoNodesOnOneDatabase() throws Exception {
    try (Connection connection = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS duanode");
      statement.execute("CREATE DATABASE duanode");
    }
    String url = TestDatabase.postgres().getJdbcUrl("postgres", "duanode");
    nodeA = node("nodeA", url);
    nodeB = node("nodeB", url);
  }

  @AfterAll
  static void stop() {
    ClockUtil.reset();
    nodeB.close();
    nodeA.close();
  }

  private static ProcessEngine engine(ConfigurableApplicationContext node) {
    return node.getBean(ProcessEngine.class);
  }

  @Test
  void timersLapsingTogetherAreRecordedAndEscalatedOnceAndTasksAreShared() throws Exception {
    ProcessEngine a = engine(nodeA);
    ProcessEngine b = engine(nodeB);
    List<String> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      String pi = a.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
          Map.of("nomorPenelepon", "0618453744", "ekstensi", "101")).getId();
      ProcessEngine picking = i % 2 == 0 ? a : b;
      picking.getTaskService().complete(picking.getTaskService().createTaskQuery().processInstanceId(pi)
          .singleResult().getId(), Map.of("perihal", "LAYANAN", "ringkasanPermintaan", "Uji"));
      calls.add(pi);
    }

    // every answer timer (10 minutes) falls due at once; both job executors compete for them
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(11 * 60)));
    JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
    long deadline = System.currentTimeMillis() + 120_000;
    while (breaches(jdbc) < CALLS && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(3_000); // a double would show up now

    assertThat(breaches(jdbc)).isEqualTo(CALLS);
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT job_id) FROM pelanggaran_mutu_baku").query(Long.class).single())
        .isEqualTo(CALLS);
    assertThat(jdbc.sql("""
        SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE GROUP_ID_ = 'kepalaKantor' AND TYPE_ = 'candidate'""")
        .query(Long.class).single()).as("each late answer escalated exactly once").isEqualTo(CALLS);
    assertThat(jdbc.sql("""
        SELECT COUNT(*) FROM (SELECT TASK_ID_ FROM ACT_RU_IDENTITYLINK WHERE GROUP_ID_ = 'kepalaKantor'
        GROUP BY TASK_ID_ HAVING COUNT(*) > 1) d""").query(Long.class).single()).isZero();

    String first = calls.get(0);
    String task = a.getTaskService().createTaskQuery().processInstanceId(first).singleResult().getId();
    a.getTaskService().complete(task, Map.of("jenisKeluaran", "DATA", "jawaban", "Selesai"));
    assertThat(b.getTaskService().createTaskQuery().taskId(task).count()).as("gone on the other node").isZero();
    assertThat(b.getRuntimeService().createProcessInstanceQuery().processInstanceId(first).count()).isZero();
  }

  private static long breaches(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM pelanggaran_mutu_baku").query(Long.class).single();
  }

  @Test
  void trackingNumbersStayUniqueAcrossNodes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      PenerimaanLaporan intake = (i % 2 == 0 ? nodeA : nodeB).getBean(PenerimaanLaporan.class);
      numbers.add(pool.submit((Callable<String>) () -> intake.terima(
          new LaporanBaru("Uji", "Dua node", "ASPIRASI", true, false, null, null, null, false), "WEB", Map.of())
          .nomor()));
    }
    Set<String> unique = new HashSet<>();
    for (Future<String> number : numbers) {
      unique.add(number.get());
    }
    pool.shutdown();

    assertThat(unique).hasSize(100);
  }
}
