package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.lapor.KantorLapor;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;

/**
 * A clerk with two ringing calls tells them apart on their cards (number and caller), finds one by
 * its case number in one field, and reads its deadline in WIB above the form; an Admin Nasional
 * receiving a returned report reads why, from whom, and finds the old target empty.
 */
class KasusTugasTasklistTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private PenerimaanLaporan penerimaan;

  private List<String> cardLines() {
    return browser.findElements(By.cssSelector(".tasks-list .standar-pelayanan-kasus-kartu")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void twoRingingCallsAreToldApartAndOneIsFoundByItsNumber() {
    ProcessInstance first = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-845 1111", "ekstensi", "102"));
    ProcessInstance second = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0812 2222 3333", "ekstensi", "102"));
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eKasusMutasi", "bidangMutasiStatus");

    logIn("tasklist", "e2eKasusMutasi", password);
    visible(By.xpath("//*[contains(text(),'Tugas Bidang Mutasi dan Status Kepegawaian')]")).click();
    wait.until(driver -> cardLines().stream().anyMatch(line -> line.contains(first.getBusinessKey())
        && line.contains("0618451111")) && cardLines().stream().anyMatch(line -> line.contains(second.getBusinessKey())
        && line.contains("081222223333")));
    screenshot("tasklist-kasus-dua-panggilan");
    assertNoEnglishText("tasklist-kasus-dua-panggilan");

    WebElement search = visible(By.id("standar-pelayanan-cari-nomor"));
    search.sendKeys(second.getBusinessKey(), Keys.ENTER);
    wait.until(driver -> cardLines().size() == 1 && cardLines().get(0).contains(second.getBusinessKey()));
    screenshot("tasklist-kasus-cari-nomor");

    browser.findElement(By.cssSelector(".tasks-list h4 a")).click();
    WebElement banner = visible(By.cssSelector(".task-details .standar-pelayanan-kasus"));
    wait.until(driver -> banner.getText().contains("Tenggat mutu baku"));
    assertThat(banner.getText()).contains(second.getBusinessKey(), "Penelepon: 081222223333", " WIB");
    screenshot("tasklist-kasus-formulir");
    assertNoEnglishText("tasklist-kasus-formulir");
  }

  @Test
  void anAdminNasionalReadsWhyAReportCameBack() {
    var filed = penerimaan.terima(new LaporanBaru("Trotoar rusak", "Dekat sekolah", "PENGADUAN", true, false,
        null, null, null, false), "WEB", Map.of());
    String pi = filed.processInstanceId();
    KantorLapor.selesaikan(tasks, pi, "terimaLaporan", Map.of("laporanDiterima", true));
    KantorLapor.selesaikan(tasks, pi, "verifikasiNasional", Map.of("instansiTujuan", "Pemko Medan"));
    KantorLapor.selesaikan(tasks, pi, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    String verification = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    tasks.claim(verification, "siti.instansi");
    tasks.complete(verification, Map.of("sesuaiKewenangan", false, "alasanPengembalian", "Kewenangan Dinas PU provinsi"));
    String returned = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eKasusNasional", "adminNasional");

    logIn("tasklist", "e2eKasusNasional", password);
    visible(By.xpath("//*[contains(text(),'Tugas Admin Nasional')]")).click();
    wait.until(driver -> cardLines().stream().anyMatch(line -> line.contains(filed.nomor())
        && line.contains("Trotoar rusak") && line.contains("Dikembalikan")));
    browser.get(browser.getCurrentUrl() + "&task=" + returned);
    WebElement banner = visible(By.cssSelector(".task-details .standar-pelayanan-kasus"));
    wait.until(driver -> banner.getText().contains("Kewenangan Dinas PU provinsi"));
    assertThat(banner.getText()).contains("Dikembalikan oleh siti.instansi", "Verifikasi kewenangan instansi");
    WebElement target = visible(By.cssSelector("input[name='instansiTujuan'], input[id*='instansiTujuan']"));
    assertThat(target.getAttribute("value")).as("the old target no longer applies").isEmpty();
    screenshot("tasklist-kasus-dikembalikan");
    assertNoEnglishText("tasklist-kasus-dikembalikan");
  }
}
