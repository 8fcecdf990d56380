package id.standarpelayanan.nomor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gives every started service its register number as business key, from a start listener in the
 * model: {@code ${nomorRegister.tetapkan(execution, 'TLP')}} gives {@code TLP-2026-000001}. A
 * business key given by the starter (e.g. a telephony system's own call id) is kept.
 */
@Component("nomorRegister")
public class NomorRegister {

  private final NomorUrut nomorUrut;

  public NomorRegister(NomorUrut nomorUrut) {
    this.nomorUrut = nomorUrut;
  }

  public void tetapkan(DelegateExecution execution, String jenis) {
    String given = execution.getProcessBusinessKey();
    if (given == null || given.isBlank()) {
      execution.setProcessBusinessKey(nomorUrut.next(jenis));
    }
  }
}
