package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.standarpelayanan.IntegrationTest;

/**
 * Identities stored by a release before issue 17 (variables of a finished call in history, of a
 * running call in the runtime table) move to {@code identitas_penelepon} and leave the engine; other
 * variables stay. Runs in a transaction that is rolled back.
 */
class V9_1__IdentitasPeneleponKeluarDariEngineTest extends IntegrationTest {

  @Autowired
  private DataSource dataSource;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private TransactionTemplate transaction;

  @Test
  void legacyIdentityVariablesMoveToTheApplicationsTable() {
    transaction.executeWithoutResult(status -> {
      status.setRollbackOnly();
      Timestamp now = Timestamp.from(Instant.now());
      // started in this transaction, rolled back with it
      var running = processEngine.getRuntimeService().startProcessInstanceByKey("callCenter");
      String definition = running.getProcessDefinitionId();
      String lama2 = running.getId();
      // a finished information call: name in history (instance and detail), a question beside it
      for (String[] row : new String[][] {{"lv1", "namaPemohon", "Sahat Lumbantobing"},
          {"lv2", "pertanyaan", "Jadwal"}}) {
        jdbc.sql("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, VAR_TYPE_, TEXT_, "
            + "CREATE_TIME_, STATE_) VALUES (?, 'layananInformasiTelepon', 'lama-1', ?, 'string', ?, ?, 'CREATED')")
            .params(row[0], row[1], row[2], now).update();
        jdbc.sql("INSERT INTO ACT_HI_DETAIL (ID_, TYPE_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, VAR_INST_ID_, "
            + "VAR_TYPE_, TEXT_, TIME_) VALUES (?, 'VariableUpdate', 'layananInformasiTelepon', 'lama-1', ?, ?, "
            + "'string', ?, ?)").params(row[0] + "d", row[1], row[0], row[2], now).update();
      }
      // a running call-center call: the number in the runtime table (and an older one in history)
      jdbc.sql("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, VAR_TYPE_, TEXT_, "
          + "CREATE_TIME_, STATE_) VALUES ('lv3', 'callCenter', ?, 'nomorTelepon', 'string', '0811000', ?, "
          + "'CREATED')").params(lama2, now).update();
      jdbc.sql("INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, PROC_INST_ID_, EXECUTION_ID_, PROC_DEF_ID_, "
          + "TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) VALUES ('lv4', 1, 'string', 'nomorTelepon', "
          + "?, ?, ?, '08119999', ?, 1, FALSE)").params(lama2, lama2, definition, lama2).update();

      Connection connection = DataSourceUtils.getConnection(dataSource);
      try {
        new V9_1__IdentitasPeneleponKeluarDariEngine().migrate(new Context() {
          @Override
          public Configuration getConfiguration() {
            return null;
          }

          @Override
          public Connection getConnection() {
            return connection;
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }

      assertThat(jdbc.sql("SELECT nilai FROM identitas_penelepon WHERE process_instance_id = 'lama-1' "
          + "AND nama_data = 'namaPemohon'").query(String.class).single()).isEqualTo("Sahat Lumbantobing");
      assertThat(jdbc.sql("SELECT nilai FROM identitas_penelepon WHERE process_instance_id = ? "
          + "AND nama_data = 'nomorTelepon'").param(lama2).query(String.class).single()).as("the running value wins")
          .isEqualTo("08119999");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM identitas_penelepon WHERE process_instance_id = 'lama-1' "
          + "AND nama_data = 'pertanyaan'").query(Long.class).single()).isZero();
      assertThat(jdbc.sql("SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN ('lama-1', ?)").param(lama2)
          .query(String.class).list()).contains("pertanyaan").doesNotContain("namaPemohon", "nomorTelepon");
      assertThat(jdbc.sql("SELECT NAME_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = 'lama-1'")
          .query(String.class).list()).containsExactly("pertanyaan");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE ID_ = 'lv4'").query(Long.class).single())
          .isZero();
    });
  }
}
