package id.standarpelayanan.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read a report of the application (least privilege): the logged-in caller must be in one of
 * the given groups, or an administrator; otherwise 403 with the reason in Bahasa Indonesia.
 */
public final class Pembaca {

  private Pembaca() {
  }

  public static void periksa(IdentityService identity, Set<String> groups, String detail) {
    Authentication current = identity.getCurrentAuthentication();
    List<String> own = current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
    if (own.contains(Groups.CAMUNDA_ADMIN) || own.stream().anyMatch(groups::contains)) {
      return;
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, detail);
  }
}
