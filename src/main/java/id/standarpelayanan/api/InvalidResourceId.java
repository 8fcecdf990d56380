package id.standarpelayanan.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda refuses a user, group or tenant id outside its whitelist pattern
 * ({@code camunda.bpm.generic-properties.properties.user-resource-whitelist-pattern} in
 * {@code application.yaml}) with a plain {@code ProcessEngineException} in English ("User has an
 * invalid id: '…' is not a valid resource identifier.", {@code EnsureUtil}); the administrator
 * creating a user in Admin reads this instead, in Bahasa Indonesia, with what an id may hold.
 * The refused id is not repeated: the administrator has just typed it, and it may hold markup.
 */
final class InvalidResourceId {

  private static final Pattern CAMUNDA_MESSAGE =
      Pattern.compile("(User|Group|Tenant) has an invalid id: .* is not a valid resource identifier\\.?",
          Pattern.DOTALL);

  /** Kept in step with the whitelist patterns of application.yaml (users) and Camunda's default (groups). */
  private static final Map<String, String> RULES = Map.of(
      "User", "Id pengguna tidak dapat dipakai. Id pengguna hanya boleh berisi huruf, angka, titik (.), garis "
          + "bawah (_) dan tanda hubung (-), diawali dan diakhiri huruf atau angka, paling panjang 64 karakter, "
          + "misalnya siti.rahayu, siti_rahayu atau NIP 199001012015031001. Spasi dan tanda lain (misalnya @, / atau "
          + "tanda kurung sudut) tidak boleh.",
      "Group", "Id kelompok tidak dapat dipakai. Id kelompok hanya boleh berisi huruf dan angka, tanpa spasi "
          + "atau tanda lain, misalnya bidangMutasiStatus.",
      "Tenant", "Id tenant tidak dapat dipakai. Id tenant hanya boleh berisi huruf dan angka, tanpa spasi atau "
          + "tanda lain.");

  private InvalidResourceId() {
  }

  /** The Indonesian explanation of Camunda's refusal {@code message}, or null for any other message. */
  static String explain(String message) {
    if (message == null) {
      return null;
    }
    Matcher matcher = CAMUNDA_MESSAGE.matcher(message.strip());
    return matcher.matches() ? RULES.get(matcher.group(1)) : null;
  }
}
