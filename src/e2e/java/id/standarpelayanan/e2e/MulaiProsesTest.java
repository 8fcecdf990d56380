package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;

/**
 * A front-office clerk starts an information call from Tasklist's "Mulai proses": the dialog shows the
 * service's own start form in Bahasa Indonesia, never Camunda's generic "Kunci Bisnis" and
 * "Tambah variabel", and the call gets its INF number and its first step.
 */
class MulaiProsesTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;

  @Test
  void aClerkStartsAnInformationCallWithItsOwnStartForm() {
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eMulaiFo", "frontOffice");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("layananInformasiTelepon").count();

    logIn("tasklist", "e2eMulaiFo", password);
    visible(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]")).click();
    visible(By.xpath("//*[contains(@class,'modal')]//a[contains(normalize-space(.),'Layanan Informasi Melalui Telepon')]"))
        .click();
    visible(By.xpath("//*[contains(@class,'modal')]//*[contains(text(),'Telepon masuk layanan informasi')]"));
    String dialog = visible(By.cssSelector(".modal")).getText();
    assertThat(dialog).doesNotContain("Kunci Bisnis", "Business Key", "Tambah variabel", "Add a variable");
    screenshot("tasklist-mulai-proses-informasi");
    visible(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Mulai']")).click();

    wait.until(driver -> runtime.createProcessInstanceQuery().processDefinitionKey("layananInformasiTelepon")
        .count() == before + 1);
    var started = runtime.createProcessInstanceQuery().processDefinitionKey("layananInformasiTelepon")
        .orderByProcessInstanceId().desc().list().stream()
        .filter(instance -> processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey("ucapkanSalam").count() == 1)
        .findFirst().orElseThrow();
    assertThat(started.getBusinessKey()).startsWith("INF-");
  }
}
