package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Survey codes issued before issue 16 were stored in clear and copied into the engine's process
 * variable {@code tokenSurvei}, which staff could read. Unanswered ones are replaced by their
 * SHA-256 (the citizen's link keeps working, the table no longer reveals it), and the variable is
 * removed from the engine's history (answered codes are spent and stay as they were: their
 * answers refer to them).
 */
public class V5_1__SurveiTokenHash extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<String> unanswered = new ArrayList<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT token FROM survei_token WHERE dipakai IS NULL")) {
      while (rows.next()) {
        unanswered.add(rows.getString(1));
      }
    }
    try (PreparedStatement update = connection.prepareStatement("UPDATE survei_token SET token = ? WHERE token = ?")) {
      for (String token : unanswered) {
        update.setString(1, HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        update.setString(2, token);
        update.addBatch();
      }
      update.executeBatch();
    }
    // Camunda may not have created its tables yet on a new database: then there is nothing to remove
    for (String table : List.of("ACT_HI_DETAIL", "ACT_HI_VARINST", "ACT_RU_VARIABLE")) {
      if (CamundaTables.exists(connection, table)) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE NAME_ = ?")) {
          delete.setString(1, "tokenSurvei");
          delete.executeUpdate();
        }
      }
    }
  }
}
