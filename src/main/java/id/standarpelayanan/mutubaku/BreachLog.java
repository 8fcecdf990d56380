package id.standarpelayanan.mutubaku;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The breach table (migration V1). Writes join the engine's transaction. */
@Repository
public class BreachLog {

  private final JdbcClient jdbc;

  public BreachLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Pelanggaran breach) {
    jdbc.sql("""
            INSERT INTO pelanggaran_mutu_baku
              (process_instance_id, process_definition_key, business_key, task_key, timer_id,
               job_id, due_time, fired_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(breach.processInstanceId(), breach.processDefinitionKey(), breach.businessKey(),
            breach.taskKey(), breach.timerId(), breach.jobId(), breach.dueTime(), breach.firedTime())
        .update();
  }

  public List<Pelanggaran> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("""
            SELECT process_instance_id, process_definition_key, business_key, task_key, timer_id,
                   job_id, due_time, fired_time
            FROM pelanggaran_mutu_baku WHERE process_instance_id = ? ORDER BY fired_time, id""")
        .param(processInstanceId)
        .query((rs, row) -> new Pelanggaran(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6),
            rs.getObject(7, java.time.OffsetDateTime.class).atZoneSameInstant(MutuBaku.WIB).toOffsetDateTime(),
            rs.getObject(8, java.time.OffsetDateTime.class).atZoneSameInstant(MutuBaku.WIB).toOffsetDateTime()))
        .list();
  }
}
