package id.standarpelayanan.informasi;

import static id.standarpelayanan.informasi.LayananInformasiTelepon.INSTANSI;
import static id.standarpelayanan.informasi.LayananInformasiTelepon.KABUPATEN_KOTA;
import static id.standarpelayanan.informasi.LayananInformasiTelepon.NAMA_PEMOHON;
import static id.standarpelayanan.informasi.LayananInformasiTelepon.NOMOR_TELEPON;
import static id.standarpelayanan.informasi.LayananInformasiTelepon.PERTANYAAN;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.telepon.NomorTelepon;

/**
 * Step 2 ({@code catatIdentitas}) is complete only with every field of the identity record: the
 * form checks it in Tasklist, this listener checks it for every other way of completing the task.
 */
@Component("validasiIdentitasPemohon")
public class ValidasiIdentitasPemohon implements TaskListener {

  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put(NAMA_PEMOHON, "Nama pemohon");
    REQUIRED.put(INSTANSI, "Instansi");
    REQUIRED.put(KABUPATEN_KOTA, "Kabupaten/kota");
    REQUIRED.put(PERTANYAAN, "Pertanyaan/permasalahan");
  }

  private final KabupatenKota kabupatenKota;

  public ValidasiIdentitasPemohon(KabupatenKota kabupatenKota) {
    this.kabupatenKota = kabupatenKota;
  }

  @Override
  public void notify(DelegateTask task) {
    REQUIRED.forEach((field, label) -> {
      Object value = task.getVariable(field);
      if (value == null || value.toString().isBlank()) {
        throw new InvalidInputException(field, label + " wajib diisi.");
      }
    });
    String place = task.getVariable(KABUPATEN_KOTA).toString();
    if (!kabupatenKota.contains(place)) {
      throw new InvalidInputException(KABUPATEN_KOTA,
          "'" + place + "' bukan kabupaten/kota di Provinsi Sumatera Utara.");
    }
    task.setVariable(NOMOR_TELEPON,
        NomorTelepon.require(NOMOR_TELEPON, "Nomor telepon", task.getVariable(NOMOR_TELEPON)));
  }
}
