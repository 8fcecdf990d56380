package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;

/** A unit officer sees a call routed to the unit with its due date, claims it and completes the form. */
class TasklistOfficerTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private HistoryService history;

  @Test
  void officerClaimsAndCompletesTheCallThroughTheCamundaForm() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "petugasMutasi", "bidangMutasiStatus");
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "102")).getId();

    logIn("tasklist", "petugasMutasi", password);
    visible(By.xpath("//*[contains(text(),'Tugas Bidang Mutasi dan Status Kepegawaian')]")).click();
    // this call's task (other tests leave calls of the same unit in the list)
    wait.until(driver -> driver.getCurrentUrl().contains("filter="));
    browser.get(browser.getCurrentUrl() + "&task="
        + processEngine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId());
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(.),'Terima panggilan dan tanyakan keperluan')]"));
    assertThat(visible(By.xpath("//*[contains(text(),'Tenggat')]")).isDisplayed()).isTrue();
    screenshot("tasklist-1-tugas-unit");
    visible(By.xpath("//*[normalize-space(text())='Klaim']")).click();
    visible(By.xpath("//label[contains(.,'Informasi')]")).click();
    visible(By.cssSelector("textarea[name='ringkasanPermintaan'], textarea[id*='ringkasanPermintaan']"))
        .sendKeys("Menanyakan status mutasi");
    screenshot("tasklist-2-formulir");
    visible(By.xpath("//button[normalize-space(.)='Selesaikan']")).click();
    wait.until(driver -> history.createHistoricTaskInstanceQuery().processInstanceId(pi)
        .taskDefinitionKey("terimaPanggilan").finished().count() == 1);
    screenshot("tasklist-3-selesai");

    assertThat(runtime.getVariable(pi, "perihal")).isEqualTo("INFORMASI");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi).taskDefinitionKey("terimaPanggilan")
        .singleResult().getAssignee()).isEqualTo("petugasMutasi");
  }
}
