package id.standarpelayanan.mutubaku;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mutu-baku")
public class PelanggaranController {

  private final BreachLog breachLog;

  public PelanggaranController(BreachLog breachLog) {
    this.breachLog = breachLog;
  }

  @GetMapping("/pelanggaran")
  public List<Pelanggaran> pelanggaran(@RequestParam String processInstanceId) {
    return breachLog.findByProcessInstance(processInstanceId);
  }
}
