package id.standarpelayanan.monev;

import static id.standarpelayanan.monev.PemantauanEvaluasi.PERIODE_DARI;
import static id.standarpelayanan.monev.PemantauanEvaluasi.PERIODE_SAMPAI;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * Start listener: the period a monev covers, given at start ({@code yyyy-MM-dd}, both ends
 * included) or by default the previous quarter in WIB.
 */
@Component("periodeMonev")
public class PeriodeMonev implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate from = date(execution, PERIODE_DARI);
    LocalDate to = date(execution, PERIODE_SAMPAI);
    if (from == null && to == null) {
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(MutuBaku.WIB).toLocalDate();
      from = previousQuarterStart(today);
      to = from.plusMonths(3).minusDays(1);
    } else if (from == null || to == null) {
      throw new InvalidInputException(from == null ? PERIODE_DARI : PERIODE_SAMPAI,
          "Isi kedua ujung periode, atau kosongkan keduanya untuk triwulan sebelumnya.");
    } else if (to.isBefore(from)) {
      throw new InvalidInputException(PERIODE_SAMPAI, "Akhir periode tidak boleh sebelum awalnya.");
    }
    execution.setVariable(PERIODE_DARI, from.toString());
    execution.setVariable(PERIODE_SAMPAI, to.toString());
  }

  static LocalDate previousQuarterStart(LocalDate today) {
    LocalDate thisQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    return thisQuarter.minusMonths(3);
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "Tanggal '" + value + "' tidak sah (yyyy-MM-dd).");
    }
  }
}
