package id.standarpelayanan.mutubaku;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/mutu-baku")
public class PelanggaranController {

  private final BreachLog breachLog;
  private final StatistikMutuBaku statistik;
  private final RepositoryService repository;
  private final HistoryService history;

  public PelanggaranController(BreachLog breachLog, StatistikMutuBaku statistik, RepositoryService repository,
      HistoryService history) {
    this.breachLog = breachLog;
    this.statistik = statistik;
    this.repository = repository;
    this.history = history;
  }

  @GetMapping("/pelanggaran")
  public List<Pelanggaran> pelanggaran(@RequestParam String processInstanceId) {
    // the engine's history query answers only what the caller may read
    if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Proses " + processInstanceId + " tidak ditemukan.");
    }
    return breachLog.findByProcessInstance(processInstanceId);
  }

  /** On-time share and breaches per step of the process a definition belongs to (all versions). */
  @GetMapping("/statistik")
  public List<StatistikMutuBaku.Langkah> statistik(@RequestParam String processDefinitionId) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).singleResult();
    if (definition == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Definisi proses tidak ditemukan.");
    }
    return statistik.perLangkah(definition.getKey());
  }
}
