package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** For Java migrations that touch Camunda's tables, which a new database does not have yet. */
final class CamundaTables {

  private CamundaTables() {
  }

  /** Whether {@code table} exists (PostgreSQL folds unquoted names to lower case, H2 to upper). */
  static boolean exists(Connection connection, String table) throws SQLException {
    for (String name : List.of(table, table.toLowerCase())) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
