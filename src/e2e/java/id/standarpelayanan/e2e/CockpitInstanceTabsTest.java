package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.lapor.KantorLapor;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;

/**
 * A manager opens a running information call in Cockpit and reads its Dokumen Layanan in a tab (the
 * caller withheld from a manager), and a returned LAPOR! report's history in another.
 */
class CockpitInstanceTabsTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private PenerimaanLaporan penerimaan;

  private void complete(String processInstanceId, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(), variables);
  }

  private WebElement tab(String label) {
    return visible(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='" + label + "']"));
  }

  private boolean tabShown(String label) {
    return browser.findElements(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='" + label + "']"))
        .stream().anyMatch(WebElement::isDisplayed);
  }

  @Test
  void managerReadsTheDokumenLayananAndAReportsHistory() {
    String call = runtime.startProcessInstanceByKey("layananInformasiTelepon").getId();
    complete(call, Map.of("salamDiucapkan", true));
    Map<String, Object> identity = new HashMap<>();
    identity.put("namaPemohon", "Rina Siregar");
    identity.put("instansi", "SMA Negeri 1 Balige");
    identity.put("kabupatenKota", "Kabupaten Toba");
    identity.put("nomorTelepon", "0812 6000 1234");
    identity.put("pertanyaan", "Jadwal akreditasi sekolah");
    complete(call, identity);
    String report = penerimaan.terima(new LaporanBaru("Jalan rusak", "Lubang besar", "PENGADUAN", false, false,
        "Rina Siregar", "0812-7777-0002", null, true), "WEB", Map.of()).processInstanceId();
    KantorLapor.selesaikan(tasks, report, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    KantorLapor.selesaikan(tasks, report, "verifikasiInstansi",
        Map.of("sesuaiKewenangan", false, "alasanPengembalian", "Bukan kewenangan Pemko Medan"));
    String nomor = runtime.createProcessInstanceQuery().processInstanceId(report).singleResult().getBusinessKey();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "manajerE2e", "manajer");

    logIn("cockpit", "manajerE2e", password);
    visible(By.cssSelector(".dashboard"));
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + call + "/runtime"));
    tab("Dokumen Layanan").click();
    WebElement dokumen = visible(By.cssSelector(".sp-dokumen"));
    wait.until(driver -> dokumen.getText().contains("Langkah dan mutu baku"));
    screenshot("cockpit-manajer-dokumen-layanan");
    assertNoEnglishText("cockpit-manajer-dokumen-layanan");

    String text = dokumen.getText();
    assertThat(text).contains("Dokumen Layanan").contains("Jadwal akreditasi sekolah").contains("dirahasiakan")
        .contains("Ucapkan salam").contains("WIB").doesNotContain("Rina Siregar").doesNotContain("0812")
        .doesNotContain("{\"").doesNotContain("T0").doesNotContain("+07:00");
    assertThat(tabShown("Riwayat Laporan")).as("the report's tab on a call").isFalse();

    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + report + "/runtime"));
    tab("Riwayat Laporan").click();
    WebElement riwayat = visible(By.cssSelector(".sp-dokumen"));
    wait.until(driver -> riwayat.getText().contains("Bukan kewenangan Pemko Medan"));
    screenshot("cockpit-manajer-riwayat-laporan");
    assertNoEnglishText("cockpit-manajer-riwayat-laporan");

    assertThat(riwayat.getText()).contains("Riwayat laporan " + nomor).contains("Admin Instansi").contains("WIB")
        .doesNotContain("Rina Siregar").doesNotContain("{\"");
    assertThat(tabShown("Dokumen Layanan")).as("the call's tab on a report").isFalse();
  }
}
