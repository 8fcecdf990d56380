package id.standarpelayanan.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import id.standarpelayanan.batas.GagalMasuk;

/**
 * A user's temporary login waits ({@link GagalMasuk}), for administrators: {@code GET
 * /api/kunci-masuk/{pengguna}} lists the addresses the user failed from lately and how long each
 * still waits; {@code DELETE} forgets them (and Camunda's own failed-attempt count), so the user
 * may log in at once from anywhere.
 */
@RestController
public class KunciMasukController {

  /** A user's throttled addresses ({@code tungguDetik} 0: failures counted, no wait yet). */
  public record KunciMasuk(String pengguna, List<GagalMasuk.Kunci> alamat) {
  }

  /** What {@code DELETE} removed. */
  public record Dibuka(String pengguna, int alamat) {
  }

  private final GagalMasuk gagalMasuk;
  private final IdentityService identity;

  public KunciMasukController(GagalMasuk gagalMasuk, IdentityService identity) {
    this.gagalMasuk = gagalMasuk;
    this.identity = identity;
  }

  @GetMapping("/api/kunci-masuk/{pengguna}")
  public KunciMasuk lihat(@PathVariable String pengguna) {
    adminOnly();
    return new KunciMasuk(pengguna, gagalMasuk.daftar(pengguna));
  }

  /** {@code alamatJuga=true}: also forgets those addresses' failures for other users. */
  @DeleteMapping("/api/kunci-masuk/{pengguna}")
  public Dibuka buka(@PathVariable String pengguna, @RequestParam(defaultValue = "false") boolean alamatJuga) {
    adminOnly();
    int count = gagalMasuk.buka(pengguna, alamatJuga);
    if (identity.createUserQuery().userId(pengguna).count() > 0) {
      identity.unlockUser(pengguna);
    }
    return new Dibuka(pengguna, count);
  }

  private void adminOnly() {
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    if (groups == null || !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Kunci masuk pengguna hanya untuk administrator.");
    }
  }
}
