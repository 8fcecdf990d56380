package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Before issue 17 a caller's name, number, instansi and kabupaten/kota were process variables,
 * readable by managers, auditors and analysts in the engine's history. They move to
 * {@code identitas_penelepon} (V9): the current value of each (the running call's variable, else
 * the last one history recorded), and are then removed from the engine's variables and history
 * (instances and details, a submitted form's fields of the same name included).
 *
 * <p>The names are those of this release, written out here so the migration does not change if the
 * application's list does later.
 */
public class V9_1__IdentitasPeneleponKeluarDariEngine extends BaseJavaMigration {

  private static final Map<String, List<String>> IDENTITAS = Map.of(
      "penerimaanTelepon", List.of("nomorPenelepon"),
      "callCenter", List.of("namaPenelepon", "nomorTelepon"),
      "layananInformasiTelepon", List.of("namaPemohon", "instansi", "kabupatenKota", "nomorTelepon"));

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!CamundaTables.exists(connection, "ACT_HI_VARINST") || !CamundaTables.exists(connection, "ACT_RU_VARIABLE")) {
      return; // a new database: Camunda's tables come later, with nothing in them
    }
    for (Map.Entry<String, List<String>> process : IDENTITAS.entrySet()) {
      String key = process.getKey();
      String names = String.join(",", Collections.nCopies(process.getValue().size(), "?"));
      // (process instance, name) -> value; history first, then the running value overrides it
      Map<List<String>, String> values = new LinkedHashMap<>();
      read(connection, "SELECT PROC_INST_ID_, NAME_, TEXT_, LONG_, DOUBLE_ FROM ACT_HI_VARINST "
          + "WHERE PROC_DEF_KEY_ = ? AND NAME_ IN (" + names + ") AND PROC_INST_ID_ IS NOT NULL "
          + "ORDER BY CREATE_TIME_", key, process.getValue(), values);
      read(connection, "SELECT v.PROC_INST_ID_, v.NAME_, v.TEXT_, v.LONG_, v.DOUBLE_ FROM ACT_RU_VARIABLE v "
          + "JOIN ACT_RE_PROCDEF d ON d.ID_ = v.PROC_DEF_ID_ WHERE d.KEY_ = ? AND v.NAME_ IN (" + names + ") "
          + "AND v.PROC_INST_ID_ IS NOT NULL", key, process.getValue(), values);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO identitas_penelepon "
          + "(process_instance_id, nama_data, proses, nilai, diubah) VALUES (?, ?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Map.Entry<List<String>, String> value : values.entrySet()) {
          insert.setString(1, value.getKey().get(0));
          insert.setString(2, value.getKey().get(1));
          insert.setString(3, key);
          insert.setString(4, value.getValue());
          insert.setTimestamp(5, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      delete(connection, "DELETE FROM ACT_HI_DETAIL WHERE PROC_DEF_KEY_ = ? AND NAME_ IN (" + names + ")", key,
          process.getValue());
      delete(connection, "DELETE FROM ACT_HI_VARINST WHERE PROC_DEF_KEY_ = ? AND NAME_ IN (" + names + ")", key,
          process.getValue());
      delete(connection, "DELETE FROM ACT_RU_VARIABLE WHERE PROC_DEF_ID_ IN (SELECT ID_ FROM ACT_RE_PROCDEF "
          + "WHERE KEY_ = ?) AND NAME_ IN (" + names + ")", key, process.getValue());
    }
  }

  private static void read(Connection connection, String sql, String key, List<String> names,
      Map<List<String>, String> values) throws SQLException {
    try (PreparedStatement select = bind(connection.prepareStatement(sql), key, names);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String text = rows.getString(3);
        if (text == null && rows.getObject(4) != null) {
          text = String.valueOf(rows.getLong(4));
        } else if (text == null && rows.getObject(5) != null) {
          text = String.valueOf(rows.getDouble(5));
        }
        values.put(List.of(rows.getString(1), rows.getString(2)), text);
      }
    }
  }

  private static void delete(Connection connection, String sql, String key, List<String> names) throws SQLException {
    try (PreparedStatement delete = bind(connection.prepareStatement(sql), key, names)) {
      delete.executeUpdate();
    }
  }

  private static PreparedStatement bind(PreparedStatement statement, String key, List<String> names)
      throws SQLException {
    statement.setString(1, key);
    for (int i = 0; i < names.size(); i++) {
      statement.setString(i + 2, names.get(i));
    }
    return statement;
  }
}
