package id.standarpelayanan.mutubaku;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers the mutu baku parse listener with the engine, and the working-day calendars for timer
 * durations ({@code 3 hari kerja}) and schedules ({@code hari kerja pertama setiap triwulan 08:00}).
 */
@Component
public class MutuBakuPlugin extends AbstractProcessEnginePlugin {

  private final BreachLog breachLog;
  private final KalenderKerja kalender;

  public MutuBakuPlugin(BreachLog breachLog, KalenderKerja kalender) {
    this.breachLog = breachLog;
    this.kalender = kalender;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new MutuBakuParseListener(breachLog));
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new HariKerjaCalendar(kalender));
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new JadwalKerjaCalendar(kalender));
    configuration.setBusinessCalendarManager(calendars);
  }
}
