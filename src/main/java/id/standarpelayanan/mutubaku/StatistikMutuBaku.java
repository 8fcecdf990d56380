package id.standarpelayanan.mutubaku;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per step of a process, over running and finished instances: how many, how many measured (finished,
 * or open past their due date), how many done on time, and the breaches. Read by the Cockpit overlay.
 */
@Repository
public class StatistikMutuBaku {

  public record Langkah(String taskKey, long jumlah, long diukur, long tepatWaktu, Double persenTepatWaktu,
      long pelanggaran) {
  }

  private final JdbcClient jdbc;

  public StatistikMutuBaku(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Langkah> perLangkah(String processKey) {
    return jdbc.sql("""
            SELECT k.TASK_KEY, COALESCE(t.JUMLAH, 0), COALESCE(t.DIUKUR, 0), COALESCE(t.TEPAT, 0),
                   COALESCE(b.PELANGGARAN, 0)
            FROM (SELECT TASK_DEF_KEY_ AS TASK_KEY FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = ?
                  UNION SELECT task_key FROM pelanggaran_mutu_baku WHERE process_definition_key = ?) k
            LEFT JOIN (SELECT TASK_DEF_KEY_ AS TASK_KEY, COUNT(*) AS JUMLAH,
                         SUM(CASE WHEN DUE_DATE_ IS NOT NULL AND (END_TIME_ IS NOT NULL OR DUE_DATE_ < ?)
                             THEN 1 ELSE 0 END) AS DIUKUR,
                         SUM(CASE WHEN DUE_DATE_ IS NOT NULL AND END_TIME_ IS NOT NULL AND END_TIME_ <= DUE_DATE_
                             THEN 1 ELSE 0 END) AS TEPAT
                       FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = ? GROUP BY TASK_DEF_KEY_) t ON t.TASK_KEY = k.TASK_KEY
            LEFT JOIN (SELECT task_key, COUNT(*) AS PELANGGARAN FROM pelanggaran_mutu_baku
                       WHERE process_definition_key = ? GROUP BY task_key) b ON b.task_key = k.TASK_KEY
            ORDER BY k.TASK_KEY""")
        .params(processKey, processKey, java.sql.Timestamp.from(MutuBaku.now().toInstant()), processKey, processKey)
        .query((rs, row) -> {
          long measured = rs.getLong(3);
          long onTime = rs.getLong(4);
          return new Langkah(rs.getString(1), rs.getLong(2), measured, onTime,
              measured == 0 ? null : (double) onTime / measured, rs.getLong(5));
        })
        .list();
  }
}
