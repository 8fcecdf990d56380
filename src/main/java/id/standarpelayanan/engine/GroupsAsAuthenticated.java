package id.standarpelayanan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization checks with a person's groups as they are (and no look-up of
 * authorizations on tasks not yet written, see below). Camunda first narrows a person's groups
 * to the groups that hold any authorization, read with {@code SELECT DISTINCT GROUP_ID_ FROM
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

    /**
     * When a task is offered to a group, the engine first looks for the group's existing
     * authorization on the task, then grants one (and merges what this command already granted).
     * A task created in this command and not yet written has nothing in the table to find: the
     * look-up is answered without asking the database (one query less per step, BENCHMARKS.md
     * target 1).
     */
    @Override
    public AuthorizationEntity findAuthorizationByGroupIdAndResourceId(int type, String groupId, Resource resource,
        String resourceId) {
      return isUnwrittenTask(resource, resourceId) ? null
          : super.findAuthorizationByGroupIdAndResourceId(type, groupId, resource, resourceId);
    }

    @Override
    public AuthorizationEntity findAuthorizationByUserIdAndResourceId(int type, String userId, Resource resource,
        String resourceId) {
      return isUnwrittenTask(resource, resourceId) ? null
          : super.findAuthorizationByUserIdAndResourceId(type, userId, resource, resourceId);
    }

    private boolean isUnwrittenTask(Resource resource, String resourceId) {
      if (resource == null || resource.resourceType() != Resources.TASK.resourceType() || resourceId == null) {
        return false;
      }
      DbEntityManager entities = getDbEntityManager();
      TaskEntity task = entities.getCachedEntity(TaskEntity.class, resourceId);
      return task != null && entities.getDbEntityCache().isTransient(task);
    }
  }
}
