package id.standarpelayanan.survei;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey codes (only their SHA-256, column {@code token}) and answers (migrations V3, V5). */
@Repository
public class SurveiRepository {

  public record Token(String token, String processDefinitionKey, OffsetDateTime dipakai) {
  }

  private final JdbcClient jdbc;

  public SurveiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a code's hash once; a second issue of the same code changes nothing. */
  void issueOnce(String tokenHash, String processKey, String processInstanceId, String businessKey,
      OffsetDateTime now) {
    jdbc.sql("""
            INSERT INTO survei_token (token, process_definition_key, process_instance_id, business_key, diterbitkan)
            SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM survei_token WHERE token = ?)""")
        .params(tokenHash, processKey, processInstanceId, businessKey, now, tokenHash).update();
  }

  Optional<Token> find(String token) {
    return jdbc.sql("SELECT token, process_definition_key, dipakai FROM survei_token WHERE token = ?")
        .param(token)
        .query((rs, row) -> new Token(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .optional();
  }

  /** Marks the token used; false when another answer used it first. */
  boolean use(String token, OffsetDateTime now) {
    return jdbc.sql("UPDATE survei_token SET dipakai = ? WHERE token = ? AND dipakai IS NULL")
        .params(now, token).update() == 1;
  }

  void answer(String token, String processKey, OffsetDateTime now, int[] scores) {
    jdbc.sql("""
            INSERT INTO survei_jawaban (token, process_definition_key, dijawab, u1, u2, u3, u4, u5, u6, u7, u8, u9)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(token, processKey, now, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5],
            scores[6], scores[7], scores[8])
        .update();
  }

  /** Answers given in [from, to), of one service or (processKey null) of all. */
  public List<int[]> answersOf(String processKey, OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
            SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM survei_jawaban
            WHERE dijawab >= ? AND dijawab < ? AND (CAST(? AS VARCHAR(255)) IS NULL OR process_definition_key = ?)""")
        .params(from, to, processKey, processKey)
        .query((rs, row) -> {
          int[] scores = new int[9];
          for (int i = 0; i < 9; i++) {
            scores[i] = rs.getInt(i + 1);
          }
          return scores;
        })
        .list();
  }
}
