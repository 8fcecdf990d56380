package id.standarpelayanan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Task history in bulk, written straight into the engine's tables for the export's million-row
 * test and benchmark: completed {@code terimaPanggilan} steps in 2032, two seconds apart, each
 * offered to a group, every tenth with a late reason (so the export's lookups are exercised).
 */
public final class TaskHistoryRows {

  private TaskHistoryRows() {
  }

  public static void insert(JdbcClient jdbc, int rows) {
    remove(jdbc);
    jdbc.sql("""
        INSERT INTO ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, TASK_DEF_KEY_, NAME_,
          ASSIGNEE_, START_TIME_, END_TIME_, DUE_DATE_, DURATION_)
        SELECT 'juta-' || n, 'penerimaanTelepon', 'penerimaanTelepon:0:juta', 'juta-pi-' || (n / 2), 'terimaPanggilan',
          'Terima panggilan dan tanyakan keperluan', 'petugas' || (n % 7),
          TIMESTAMP '2032-01-01 01:00:00' + n * INTERVAL '2 second',
          TIMESTAMP '2032-01-01 01:00:00' + n * INTERVAL '2 second' + (n % 90) * INTERVAL '1 second',
          TIMESTAMP '2032-01-01 01:00:00' + n * INTERVAL '2 second' + INTERVAL '60 second', (n % 90) * 1000
        FROM generate_series(1, ?) AS n""").param(rows).update();
    jdbc.sql("""
        INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, OPERATION_TYPE_, PROC_DEF_KEY_)
        SELECT 'juta-l-' || n, TIMESTAMP '2032-01-01 01:00:00' + n * INTERVAL '2 second', 'candidate',
          'ppt', 'juta-' || n, 'add', 'penerimaanTelepon'
        FROM generate_series(1, ?) AS n""").param(rows).update();
    jdbc.sql("""
        INSERT INTO ACT_HI_VARINST (ID_, PROC_INST_ID_, TASK_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_, REV_)
        SELECT 'juta-v-' || n, 'juta-pi-' || (n / 2), 'juta-' || n, 'alasanKeterlambatan', 'string',
          'Gangguan jaringan telepon', 'CREATED', 0
        FROM generate_series(1, ?, 10) AS n""").param(rows).update();
    jdbc.sql("ANALYZE ACT_HI_TASKINST").update();
    jdbc.sql("ANALYZE ACT_HI_IDENTITYLINK").update();
    jdbc.sql("ANALYZE ACT_HI_VARINST").update();
  }

  public static void remove(JdbcClient jdbc) {
    jdbc.sql("DELETE FROM ACT_HI_VARINST WHERE ID_ LIKE 'juta-v-%'").update();
    jdbc.sql("DELETE FROM ACT_HI_IDENTITYLINK WHERE ID_ LIKE 'juta-l-%'").update();
    jdbc.sql("DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE 'juta-%'").update();
  }
}
