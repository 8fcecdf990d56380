package id.standarpelayanan.monev;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Before {@code siapkanBahan}: compiles the period's performance and IKM, stores it (not in a
 * process variable) and leaves the analyst a readable summary for the form.
 */
@Component("kompilasiBahan")
public class KompilasiBahan implements JavaDelegate {

  private final KompilasiKinerja kompilasi;
  private final MonevRepository repository;

  public KompilasiBahan(KompilasiKinerja kompilasi, MonevRepository repository) {
    this.kompilasi = kompilasi;
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BahanMonev bahan = kompilasi.compile(
        LocalDate.parse((String) execution.getVariable(PemantauanEvaluasi.PERIODE_DARI)),
        LocalDate.parse((String) execution.getVariable(PemantauanEvaluasi.PERIODE_SAMPAI)));
    long id = repository.saveBahan(execution.getProcessInstanceId(),
        MutuBaku.now(), bahan);
    execution.setVariable(PemantauanEvaluasi.BAHAN_ID, id);
    execution.setVariable(PemantauanEvaluasi.RINGKASAN_BAHAN, LaporanMonevRenderer.markdownSummary(bahan));
  }
}
