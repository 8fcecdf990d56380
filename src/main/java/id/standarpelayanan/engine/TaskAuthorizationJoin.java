package id.standarpelayanan.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

/**
 * Checks a task list's authorizations once per list where they are the same for every task, and
 * by the task's id where they are not.
 *
 * <p>With authorizations on, Camunda's task query joins the person's authorizations with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}: for every task of the list, three index
 * look-ups, two of which (the process definition's key and {@code '*'}) return the same rows for
 * every task. A group's count over 6 000 of 100 000 open tasks spent most of its time there
 * (BENCHMARKS.md, target 4). The same condition is written here as
 * <pre>
 *   left join (authorizations) AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)
 *   ... (AUTH.RESOURCE_ID_ IS NOT NULL
 *        OR EXISTS (authorizations on '*')                        -- once per statement
 *        OR D.KEY_ IN (authorizations on a definition's key))   -- once per statement, hashed
 * </pre>
 * which lets the task's own authorization be one look-up by index and the other two be evaluated
 * once. A task passes exactly when it passed before: some authorization of the person, with the
 * permissions the engine asked for, names the task, its process definition's key or {@code '*'}.
 *
 * <p>Only the two task-query statements are touched (their SQL source is wrapped once at start),
 * and only when their SQL has the shape written above (Camunda 7.24, revoke checks off, no
 * composite checks); anything else goes to the database unchanged. The authorization subquery is
 * repeated with its parameters.
 */
class TaskAuthorizationJoin {

  private static final String LIST = ".selectTaskByQueryCriteria";
  private static final String COUNT = ".selectTaskCountByQueryCriteria";

  /** Camunda's join: group 1 the authorization subquery, group 2 the table prefix. */
  private static final Pattern AUTH_JOIN = Pattern.compile(
      "(?:left|inner) join\\s*\\(\\s*(SELECT A\\.\\*\\s+FROM\\s+(\\S*)ACT_RU_AUTHORIZATION A\\s.*?)\\)\\s*"
          + "AUTH ON \\(AUTH\\.RESOURCE_ID_ IN \\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\)",
      Pattern.DOTALL);

  private static final String AUTH_ON = "AUTH ON (AUTH.RESOURCE_ID_ IN";
  private static final String AUTH_FOUND = "(AUTH.RESOURCE_ID_ IS NOT NULL)";

  private final AtomicLong rewritten = new AtomicLong();
  private volatile boolean enabled = true;

  /**
   * Puts the rewrite between the engine's two task-query statements and their SQL, once at start:
   * nothing is added to any other statement (a MyBatis plugin would wrap every session's executor,
   * which cost the engine's throughput measurably).
   */
  void install(Configuration configuration) {
    for (String name : List.copyOf(configuration.getMappedStatementNames())) {
      if (name.endsWith(LIST) || name.endsWith(COUNT)) {
        MappedStatement statement = configuration.getMappedStatement(name);
        if (!(statement.getSqlSource() instanceof Rewriting)) {
          try {
            Field sqlSource = MappedStatement.class.getDeclaredField("sqlSource");
            sqlSource.setAccessible(true);
            sqlSource.set(statement, new Rewriting(statement.getSqlSource(), configuration));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot install the task authorization join on " + name, e);
          }
        }
      }
    }
  }

  /** The statement's SQL as Camunda writes it, rewritten where it has the shape above. */
  private final class Rewriting implements SqlSource {

    private final SqlSource original;
    private final Configuration configuration;

    Rewriting(SqlSource original, Configuration configuration) {
      this.original = original;
      this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameter) {
      BoundSql bound = original.getBoundSql(parameter);
      Rewrite rewrite = enabled ? rewrite(bound.getSql(), bound.getParameterMappings()) : null;
      if (rewrite == null) {
        return bound;
      }
      BoundSql rewrittenSql = new BoundSql(configuration, rewrite.sql(), rewrite.parameters(), parameter);
      bound.getAdditionalParameters().forEach(rewrittenSql::setAdditionalParameter);
      rewritten.incrementAndGet();
      return rewrittenSql;
    }
  }

  /** Off, the task queries go as Camunda writes them (tests compare both). */
  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** How many task queries went to the database rewritten since start. */
  long rewritten() {
    return rewritten.get();
  }

  record Rewrite(String sql, List<ParameterMapping> parameters) {
  }

  /** The statement with the join written as above, or null where its SQL is not of that shape. */
  static Rewrite rewrite(String sql, List<ParameterMapping> parameters) {
    int on = sql.indexOf(AUTH_ON);
    int found = sql.indexOf(AUTH_FOUND);
    if (on < 0 || sql.indexOf(AUTH_ON, on + 1) >= 0 || found < on || found != sql.lastIndexOf(AUTH_FOUND)
        || sql.contains("AUTH1") || placeholders(sql, 0, sql.length()) != parameters.size()) {
      return null;
    }
    Matcher join = AUTH_JOIN.matcher(sql);
    if (!join.find()) {
      return null;
    }
    int joinStart = join.start();
    int joinEnd = join.end();
    String authorizations = join.group(1);
    String prefix = join.group(2);
    List<ParameterMapping> ofAuthorizations = parameters(sql, parameters, join.start(1), join.end(1));

    StringBuilder rewritten = new StringBuilder(sql.length() + 3 * authorizations.length());
    List<ParameterMapping> mappings = new ArrayList<>(parameters.size() + 2 * ofAuthorizations.size());
    rewritten.append(sql, 0, joinStart);
    mappings.addAll(parameters(sql, parameters, 0, joinStart));
    rewritten.append("left join (").append(authorizations).append(") AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)");
    mappings.addAll(ofAuthorizations);
    rewritten.append(sql, joinEnd, found);
    mappings.addAll(parameters(sql, parameters, joinEnd, found));
    rewritten.append("(AUTH.RESOURCE_ID_ IS NOT NULL")
        .append(" OR EXISTS (SELECT 1 FROM (").append(authorizations).append(") SP_ANY WHERE SP_ANY.RESOURCE_ID_ = '*')")
        .append(" OR D.KEY_ IN (SELECT SP_DEF.RESOURCE_ID_ FROM (").append(authorizations).append(") SP_DEF")
        .append(" WHERE SP_DEF.RESOURCE_ID_ IN (SELECT SP_D.KEY_ FROM ").append(prefix).append("ACT_RE_PROCDEF SP_D)))");
    mappings.addAll(ofAuthorizations);
    mappings.addAll(ofAuthorizations);
    rewritten.append(sql, found + AUTH_FOUND.length(), sql.length());
    mappings.addAll(parameters(sql, parameters, found + AUTH_FOUND.length(), sql.length()));
    return new Rewrite(rewritten.toString(), mappings);
  }

  /** The parameters of the placeholders between {@code from} and {@code to}. */
  private static List<ParameterMapping> parameters(String sql, List<ParameterMapping> parameters, int from, int to) {
    int first = placeholders(sql, 0, from);
    return parameters.subList(first, first + placeholders(sql, from, to));
  }

  /** JDBC placeholders between {@code from} and {@code to}, not counting question marks in quotes. */
  static int placeholders(String sql, int from, int to) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < to; i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '?' && !quoted && i >= from) {
        count++;
      }
    }
    return count;
  }
}
