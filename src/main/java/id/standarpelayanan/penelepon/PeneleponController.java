package id.standarpelayanan.penelepon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/penelepon/{processInstanceId}}: the identity of a telephone call's caller, for the
 * Tasklist tab "Penelepon" of the call's steps. It answers the lanes that handle or handled the call
 * and administrators ({@link IdentitasPenelepon#bolehMembaca}); to anyone else the call does not
 * exist (404), the same answer as for an unknown id.
 */
@RestController
public class PeneleponController {

  /** What a clerk reads beside each value, in the order the tab shows them: who, then how to call back. */
  private static final Map<String, String> LABEL = orderedLabels(
      "namaPenelepon", "Nama penelepon",
      "namaPemohon", "Nama pemohon",
      "instansi", "Instansi",
      "kabupatenKota", "Kabupaten/kota",
      "nomorPenelepon", "Nomor telepon penelepon",
      "nomorTelepon", "Nomor telepon yang dapat dihubungi");

  private static Map<String, String> orderedLabels(String... nameAndLabel) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < nameAndLabel.length; i += 2) {
      labels.put(nameAndLabel[i], nameAndLabel[i + 1]);
    }
    return Collections.unmodifiableMap(labels);
  }

  public record Data(String nama, String label, String nilai) {
  }

  public record Penelepon(String nomor, String proses, List<Data> data) {
  }

  private final IdentitasPenelepon identitas;
  private final IdentityService identity;
  private final HistoryService history;

  public PeneleponController(IdentitasPenelepon identitas, IdentityService identity, HistoryService history) {
    this.identitas = identitas;
    this.identity = identity;
    this.history = history;
  }

  @GetMapping("/api/penelepon/{processInstanceId}")
  public ResponseEntity<Penelepon> penelepon(@PathVariable String processInstanceId) {
    HistoricProcessInstance call = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (call == null || !IdentitasPenelepon.DATA_PRIBADI.containsKey(call.getProcessDefinitionKey())
        || !identitas.bolehMembaca(processInstanceId, identity.getCurrentAuthentication())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Panggilan " + processInstanceId + " tidak ditemukan atau identitas peneleponnya bukan untuk Anda.");
    }
    Map<String, String> values = identitas.baca(processInstanceId);
    List<String> order = new ArrayList<>(LABEL.keySet());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Penelepon(call.getBusinessKey(),
        call.getProcessDefinitionKey(), values.entrySet().stream()
            .sorted(Comparator.comparingInt(entry -> order.indexOf(entry.getKey())))
            .map(entry -> new Data(entry.getKey(), LABEL.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
            .toList()));
  }
}
