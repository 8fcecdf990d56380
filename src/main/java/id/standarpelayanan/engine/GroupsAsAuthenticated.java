package id.standarpelayanan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with a person's groups as they are. Camunda first narrows
 * them to the groups that hold any authorization, read with {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}, once per command: a scan of the whole table, which holds one row per open
 * task here (23 ms with 100 000 open tasks, four times for one Tasklist page; BENCHMARKS.md, target
 * 4). A group without authorizations matches no authorization row, so checking with it changes no
 * answer; staff belong to one or two groups, so the lists stay short.
 */
class GroupsAsAuthenticated implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new Manager();
  }

  static class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          ? Collections.emptyList() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
