package id.standarpelayanan.callcenter;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The officer on duty is the one who confirmed this morning (WIB) that the devices are ready; the
 * call rings at that officer first. Without a confirmation today it rings at the whole group.
 */
@Component("tentukanPetugasJaga")
public class TentukanPetugasJaga implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(MutuBaku.WIB).toLocalDate();
    Date startOfDay = Date.from(today.atStartOfDay(MutuBaku.WIB).toInstant());
    HistoricTaskInstance check = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processDefinitionKey(CallCenter.KESIAPAN_PROCESS_KEY)
        .taskDefinitionKey(CallCenter.PERIKSA_PERANGKAT)
        .finished().taskAssigned().finishedAfter(startOfDay)
        .orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1).stream().findFirst().orElse(null);
    execution.setVariable(CallCenter.PETUGAS_DERING, check == null ? null : check.getAssignee());
  }
}
