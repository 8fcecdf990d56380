package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The rewrite of the task query's authorization join, on SQL of the shape Camunda 7.24 writes. */
class TaskAuthorizationJoinTest {

  private static final String AUTHORIZATIONS = "( SELECT A.* FROM %sACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 "
      + "AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? "
      + "OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) )";

  /** Camunda's count of a group's tasks: 8 parameters in the join, one for the candidate group. */
  private static String count(String join, String prefix) {
    return "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from " + prefix + "ACT_RU_TASK RES "
        + "left join " + prefix + "ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ "
        + "left join " + prefix + "ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ \n     " + join + " \n    "
        + AUTHORIZATIONS.formatted(prefix) + "\n        AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))"
        + " WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) ) "
        + "and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) "
        + "and (RES.TENANT_ID_ is null ) ) countDistinct";
  }

  private static List<ParameterMapping> parameters(String... names) {
    Configuration configuration = new Configuration();
    List<ParameterMapping> parameters = new ArrayList<>();
    for (String name : names) {
      parameters.add(new ParameterMapping.Builder(configuration, name, Object.class).build());
    }
    return parameters;
  }

  private static final String[] OF_AUTHORIZATIONS = IntStream.rangeClosed(1, 8).mapToObj(i -> "auth" + i)
      .toArray(String[]::new);

  private static List<ParameterMapping> countParameters() {
    List<String> names = new ArrayList<>(List.of(OF_AUTHORIZATIONS));
    names.add("group");
    return parameters(names.toArray(String[]::new));
  }

  private static List<String> names(List<ParameterMapping> parameters) {
    return parameters.stream().map(ParameterMapping::getProperty).toList();
  }

  @Test
  void the_join_is_by_task_id_and_definition_key_and_star_are_checked_once() {
    TaskAuthorizationJoin.Rewrite rewrite = TaskAuthorizationJoin.rewrite(count("left join", ""), countParameters());

    assertThat(rewrite).isNotNull();
    String sql = rewrite.sql();
    assertThat(sql).contains("left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2")
        .contains(") AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)")
        .doesNotContain("IN ( RES.ID_ , D.KEY_ , '*' )")
        .contains("OR (AUTH.RESOURCE_ID_ IS NOT NULL OR EXISTS (SELECT 1 FROM (SELECT A.* FROM ACT_RU_AUTHORIZATION A")
        .contains("SP_ANY WHERE SP_ANY.RESOURCE_ID_ = '*')")
        .contains("OR D.KEY_ IN (SELECT SP_DEF.RESOURCE_ID_ FROM (SELECT A.*")
        .contains("WHERE SP_DEF.RESOURCE_ID_ IN (SELECT SP_D.KEY_ FROM ACT_RE_PROCDEF SP_D)))")
        .endsWith("and (RES.TENANT_ID_ is null ) ) countDistinct");
    // the subquery's parameters follow it wherever it is repeated; the group's stays between
    List<String> expected = new ArrayList<>(List.of(OF_AUTHORIZATIONS));
    expected.add("group");
    expected.addAll(List.of(OF_AUTHORIZATIONS));
    expected.addAll(List.of(OF_AUTHORIZATIONS));
    assertThat(names(rewrite.parameters())).containsExactlyElementsOf(expected);
    assertThat(TaskAuthorizationJoin.placeholders(sql, 0, sql.length())).isEqualTo(expected.size());
  }

  @Test
  void an_inner_join_becomes_a_left_join_checked_in_the_where_clause() {
    TaskAuthorizationJoin.Rewrite rewrite = TaskAuthorizationJoin.rewrite(count("inner join", ""), countParameters());

    assertThat(rewrite).isNotNull();
    assertThat(rewrite.sql()).doesNotContain("inner join").contains("left join (SELECT A.*")
        .contains("(AUTH.RESOURCE_ID_ IS NOT NULL OR EXISTS");
  }

  @Test
  void the_table_prefix_is_kept() {
    TaskAuthorizationJoin.Rewrite rewrite = TaskAuthorizationJoin.rewrite(count("left join", "camunda."),
        countParameters());

    assertThat(rewrite).isNotNull();
    assertThat(rewrite.sql()).contains("FROM camunda.ACT_RE_PROCDEF SP_D")
        .contains("FROM camunda.ACT_RU_AUTHORIZATION A").doesNotContain(" ACT_RE_PROCDEF SP_D");
  }

  @Test
  void other_shapes_go_unchanged() {
    String count = count("left join", "");
    // no authorization join (authorizations off, or checked with revokes)
    assertThat(TaskAuthorizationJoin.rewrite("select RES.* from ACT_RU_TASK RES where RES.ID_ = ?",
        parameters("id"))).isNull();
    // composite checks join more than one authorization table
    assertThat(TaskAuthorizationJoin.rewrite(count.replace("countDistinct", "AND AUTH1.RESOURCE_ID_ IS NOT NULL"),
        countParameters())).isNull();
    // a join on other resources
    assertThat(TaskAuthorizationJoin.rewrite(count.replace("D.KEY_ , '*'", "'*'"), countParameters())).isNull();
    // the join twice
    assertThat(TaskAuthorizationJoin.rewrite(count.replace("WHERE ( 1 = 1", "AUTH ON (AUTH.RESOURCE_ID_ IN ( 1 ) "
        + "WHERE ( 1 = 1"), countParameters())).isNull();
    // parameters that do not match the placeholders
    assertThat(TaskAuthorizationJoin.rewrite(count, parameters("only"))).isNull();
  }

  @Test
  void question_marks_in_quotes_are_not_placeholders() {
    String sql = "select * from T where A = ? and B = 'what?' and C = 'it''s?' and D = ?";
    assertThat(TaskAuthorizationJoin.placeholders(sql, 0, sql.length())).isEqualTo(2);
    assertThat(TaskAuthorizationJoin.placeholders(sql, sql.indexOf("and B"), sql.length())).isEqualTo(1);
  }
}
