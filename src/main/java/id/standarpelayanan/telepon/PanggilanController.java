package id.standarpelayanan.telepon;

import static id.standarpelayanan.telepon.PenerimaanTelepon.EKSTENSI;
import static id.standarpelayanan.telepon.PenerimaanTelepon.NOMOR_PENELEPON;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import id.standarpelayanan.api.InvalidInputException;

/** Intake from the telephony system: {@code POST /api/panggilan} starts {@code penerimaanTelepon}. */
@RestController
public class PanggilanController {

  public record PanggilanRequest(String nomorPenelepon,
      @JsonDeserialize(using = TombolDeserializer.class) String ekstensi) {
  }

  public record PanggilanResponse(String processInstanceId, String businessKey) {
  }

  private final RuntimeService runtime;
  private final MenuEkstensi menu;

  public PanggilanController(RuntimeService runtime, MenuEkstensi menu) {
    this.runtime = runtime;
    this.menu = menu;
  }

  @PostMapping("/api/panggilan")
  public ResponseEntity<PanggilanResponse> terima(@RequestBody PanggilanRequest request) {
    String nomor = NomorTelepon.require(NOMOR_PENELEPON, PenerimaanTelepon.LABEL_NOMOR_PENELEPON, request.nomorPenelepon());
    String ekstensi = request.ekstensi() == null ? null : request.ekstensi().strip();
    if (ekstensi != null && !ekstensi.isEmpty()) {
      List<String> extensions = menu.extensions();
      if (!extensions.contains(ekstensi)) {
        throw new InvalidInputException(EKSTENSI, "Ekstensi '" + ekstensi
            + "' tidak ada dalam menu telepon (" + String.join(", ", extensions) + ").");
      }
    }

    Map<String, Object> variables = new HashMap<>();
    variables.put(NOMOR_PENELEPON, nomor);
    variables.put(EKSTENSI, ekstensi);
    ProcessInstance call = runtime.startProcessInstanceByKey(PenerimaanTelepon.PROCESS_KEY, variables);
    return ResponseEntity
        .created(URI.create("/engine-rest/process-instance/" + call.getId()))
        .body(new PanggilanResponse(call.getId(), call.getBusinessKey()));
  }
}
