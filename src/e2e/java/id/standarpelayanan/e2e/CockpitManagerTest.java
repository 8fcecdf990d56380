package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;

/** A manager opens Cockpit and sees the diagram with each step's mutu baku badge. */
class CockpitManagerTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;

  @Test
  void managerSeesTheDiagramWithTheMutuBakuOverlay() {
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "101")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("perihal", "LAYANAN", "ringkasanPermintaan", "Pensiun"));
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("penerimaanTelepon").latestVersion().singleResult().getId();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajerE2e", "manajer");

    logIn("cockpit", "manajerE2e", password);
    visible(By.xpath("//*[contains(text(),'Processes') or contains(text(),'Proses')]"));
    browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
    String badge = visible(By.cssSelector(".mutu-baku-overlay")).getText();
    screenshot("cockpit-manajer-overlay");

    assertThat(badge).contains("tepat waktu").contains("pelanggaran");
    assertThat(browser.findElements(By.cssSelector(".djs-element[data-element-id='terimaPanggilan']"))).isNotEmpty();
  }
}
