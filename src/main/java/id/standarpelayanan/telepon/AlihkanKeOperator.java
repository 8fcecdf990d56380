package id.standarpelayanan.telepon;

import static id.standarpelayanan.telepon.PenerimaanTelepon.OPERATOR;
import static id.standarpelayanan.telepon.PenerimaanTelepon.UNIT_ASAL;
import static id.standarpelayanan.telepon.PenerimaanTelepon.UNIT_TUJUAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A call not picked up in time goes to the operator; the unit the caller chose is kept. */
@Component("alihkanKeOperator")
public class AlihkanKeOperator implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (!execution.hasVariable(UNIT_ASAL)) {
      execution.setVariable(UNIT_ASAL, execution.getVariable(UNIT_TUJUAN));
    }
    execution.setVariable(UNIT_TUJUAN, OPERATOR);
  }
}
