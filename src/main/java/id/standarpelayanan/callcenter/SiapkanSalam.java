package id.standarpelayanan.callcenter;

import java.time.ZonedDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Start listener: the greeting the officer says, "Selamat pagi/siang/sore/malam" by the hour in WIB
 * and the institution's configured name ({@code standar-pelayanan.call-center.nama-instansi}).
 */
@Component("siapkanSalam")
public class SiapkanSalam implements ExecutionListener {

  private final String namaInstansi;

  public SiapkanSalam(@Value("${standar-pelayanan.call-center.nama-instansi}") String namaInstansi) {
    this.namaInstansi = namaInstansi;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int hour = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), MutuBaku.WIB).getHour();
    execution.setVariable(CallCenter.NAMA_INSTANSI, namaInstansi);
    execution.setVariable(CallCenter.SALAM, salam(hour));
  }

  static String salam(int hour) {
    if (hour >= 4 && hour < 11) {
      return "Selamat pagi";
    }
    if (hour >= 11 && hour < 15) {
      return "Selamat siang";
    }
    if (hour >= 15 && hour < 18) {
      return "Selamat sore";
    }
    return "Selamat malam";
  }
}
