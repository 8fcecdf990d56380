package id.standarpelayanan.monev;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Signs the approved report (who, when), renders it and archives it with its SHA-256, so the
 * document downloaded later is provably the one signed.
 */
@Component("tandatanganiLaporan")
public class TandatanganiLaporan implements JavaDelegate {

  private final MonevRepository repository;
  private final LaporanMonevRenderer renderer;

  public TandatanganiLaporan(MonevRepository repository, LaporanMonevRenderer renderer) {
    this.repository = repository;
    this.renderer = renderer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffsetDateTime now = MutuBaku.now();
    BahanMonev bahan = repository.bahan(((Number) execution.getVariable(PemantauanEvaluasi.BAHAN_ID)).longValue());
    String signer = (String) execution.getVariable(PemantauanEvaluasi.PENANDATANGAN);
    User user = execution.getProcessEngineServices().getIdentityService().createUserQuery().userId(signer)
        .singleResult();
    String signedAs = user == null ? signer
        : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip() + " (" + signer + ")";
    String html = renderer.render(new LaporanMonevRenderer.Isi(execution.getProcessBusinessKey(), bahan,
        (String) execution.getVariable(PemantauanEvaluasi.KOMENTAR_ANALIS),
        (String) execution.getVariable(PemantauanEvaluasi.KONSEP_LAPORAN), signedAs, now));
    long id = repository.archive(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        LocalDate.parse((String) execution.getVariable(PemantauanEvaluasi.PERIODE_DARI)),
        LocalDate.parse((String) execution.getVariable(PemantauanEvaluasi.PERIODE_SAMPAI)),
        html, sha256(html), signer, now);
    execution.setVariable(PemantauanEvaluasi.ARSIP_ID, id);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
