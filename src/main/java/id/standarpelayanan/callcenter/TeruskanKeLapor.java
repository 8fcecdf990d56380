package id.standarpelayanan.callcenter;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PengaduanLapor;
import id.standarpelayanan.lapor.PenerimaanLaporan;
import id.standarpelayanan.penelepon.IdentitasPenelepon;

/**
 * A complaint made on the call center becomes an SP4N-LAPOR! report through the same intake as
 * any other, linked both ways: the report knows its call, the call its report number.
 */
@Component("teruskanKeLapor")
public class TeruskanKeLapor implements JavaDelegate {

  static final String NOMOR_LAPORAN = "nomorLaporan";

  private final PenerimaanLaporan penerimaan;
  private final IdentitasPenelepon identitas;

  public TeruskanKeLapor(PenerimaanLaporan penerimaan, IdentitasPenelepon identitas) {
    this.penerimaan = penerimaan;
    this.identitas = identitas;
  }

  @Override
  public void execute(DelegateExecution call) {
    // the caller's name and number are kept apart from the engine (penelepon.DataPribadiPlugin)
    var penelepon = identitas.baca(call.getProcessInstanceId());
    LaporanBaru laporan = new LaporanBaru("Aduan melalui call center " + call.getProcessBusinessKey(),
        String.valueOf(call.getVariable("pertanyaan")), "PENGADUAN", false, false,
        penelepon.get(CallCenter.NAMA_PENELEPON), penelepon.get(CallCenter.NOMOR_TELEPON),
        null, false);
    PenerimaanLaporan.Diterima report = penerimaan.terima(laporan, "CALL_CENTER",
        Map.of(PengaduanLapor.NOMOR_PANGGILAN, call.getProcessBusinessKey()));
    call.setVariable(NOMOR_LAPORAN, report.nomor());
  }
}
