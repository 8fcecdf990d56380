package id.standarpelayanan;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import id.standarpelayanan.security.Passwords;

/** Accounts that tests log in with; created on first use with a random password. */
public final class TestUsers {

  private static final java.util.Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private TestUsers() {
  }

  /** A user in {@code groupId}, created if needed; returns its password. */
  public static synchronized String ensure(IdentityService identity, String userId, String groupId) {
    return PASSWORDS.computeIfAbsent(userId, id -> {
      User user = identity.newUser(id);
      user.setFirstName("Uji");
      user.setLastName(id);
      // the password policy holds in every profile and refuses a password containing the user's
      // names: a random one contains "Uji" now and then
      String password = Passwords.generate();
      while (!identity.checkPasswordAgainstPolicy(password, user).isValid()) {
        password = Passwords.generate();
      }
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
      return password;
    });
  }
}
