package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void passwordsAreLongMixedAndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String password = Passwords.generate();
      assertThat(password).hasSize(24).matches(".*[A-Z].*").matches(".*[a-z].*")
          .matches(".*[0-9].*").matches(".*[-_.!@#%].*");
      assertThat(seen.add(password)).isTrue();
    }
  }
}
