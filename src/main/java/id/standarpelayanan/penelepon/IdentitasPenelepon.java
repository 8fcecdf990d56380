package id.standarpelayanan.penelepon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.standarpelayanan.callcenter.CallCenter;
import id.standarpelayanan.informasi.LayananInformasiTelepon;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.telepon.PenerimaanTelepon;

/**
 * A caller's identity, kept apart from the engine (migration V9): the engine's variables and
 * history are read by managers, auditors and analysts, who need durations and counts, while seed
 * 000 promises "Identitas Pengguna Layanan dijamin kerahasiaannya". The values still enter through
 * the steps' forms and the telephone system's call, as variables of these names;
 * {@link DataPribadiPlugin} moves them here before anything is stored in the engine.
 *
 * <p>Who may read them: administrators, and whoever handles or handled the call (the assignee of
 * one of its steps, or a member of a group that was a candidate for one).
 */
@Repository
public class IdentitasPenelepon {

  /** Per process key, the variables that identify the caller. */
  public static final Map<String, Set<String>> DATA_PRIBADI = Map.of(
      PenerimaanTelepon.PROCESS_KEY, Set.of(PenerimaanTelepon.NOMOR_PENELEPON),
      CallCenter.PROCESS_KEY, Set.of(CallCenter.NAMA_PENELEPON, CallCenter.NOMOR_TELEPON),
      LayananInformasiTelepon.PROCESS_KEY, Set.of(LayananInformasiTelepon.NAMA_PEMOHON,
          LayananInformasiTelepon.INSTANSI, LayananInformasiTelepon.KABUPATEN_KOTA,
          LayananInformasiTelepon.NOMOR_TELEPON));

  private final JdbcClient jdbc;

  public IdentitasPenelepon(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether {@code name} identifies the caller in process {@code processKey}. */
  public static boolean isPribadi(String processKey, String name) {
    Set<String> names = processKey == null ? null : DATA_PRIBADI.get(processKey);
    return names != null && name != null && names.contains(name);
  }

  /** Stores (or replaces) one identity value of a call; {@code null} clears it. */
  void simpan(String processInstanceId, String processKey, String name, String value) {
    int updated = jdbc.sql("UPDATE identitas_penelepon SET nilai = ?, diubah = ? "
        + "WHERE process_instance_id = ? AND nama_data = ?")
        .params(value, MutuBaku.now(), processInstanceId, name).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO identitas_penelepon (process_instance_id, nama_data, proses, nilai, diubah) "
          + "VALUES (?, ?, ?, ?, ?)")
          .params(processInstanceId, name, processKey, value, MutuBaku.now()).update();
    }
  }

  /** The identity of one call, by variable name (empty when none was given). */
  public Map<String, String> baca(String processInstanceId) {
    Map<String, String> values = new LinkedHashMap<>();
    jdbc.sql("SELECT nama_data, nilai FROM identitas_penelepon WHERE process_instance_id = ? ORDER BY nama_data")
        .param(processInstanceId)
        .query(rs -> {
          values.put(rs.getString(1), rs.getString(2));
        });
    return values;
  }

  /** One identity value of a call, or null. */
  public String baca(String processInstanceId, String name) {
    return baca(processInstanceId).get(name);
  }

  /**
   * Whether {@code caller} may read the identity of call {@code processInstanceId}: an
   * administrator, or whoever handles or handled one of its steps (assignee or candidate).
   */
  public boolean bolehMembaca(String processInstanceId, Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    boolean assignee = jdbc.sql("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? AND ASSIGNEE_ = ?")
        .params(processInstanceId, caller.getUserId()).query(Long.class).single() > 0;
    if (assignee) {
      return true;
    }
    // candidates, as the history of the steps' identity links records them (escalations included)
    return jdbc.sql("SELECT DISTINCT l.GROUP_ID_, l.USER_ID_ FROM ACT_HI_IDENTITYLINK l "
        + "JOIN ACT_HI_TASKINST t ON t.ID_ = l.TASK_ID_ WHERE t.PROC_INST_ID_ = ? AND l.TYPE_ = 'candidate'")
        .param(processInstanceId)
        .query((rs, row) -> groups.contains(rs.getString(1)) || caller.getUserId().equals(rs.getString(2)))
        .list().contains(Boolean.TRUE);
  }
}
