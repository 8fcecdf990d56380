package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.security.AuthorizationTable;
import id.standarpelayanan.security.StaffGroup;

/**
 * Each role's day in Tasklist, in Chromium: a member of every staff group opens every filter it is
 * offered (each answers with its list, none with an error); a supervisor sees an overdue, escalated
 * call marked on its card and above its form. No English text in the page on the way.
 */
class PeranHarianTest extends BrowserTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;

  private List<WebElement> filters() {
    return browser.findElements(By.cssSelector(".task-filter h4.name a"));
  }

  @Test
  void everyGroupOpensEveryFilterItIsOffered() {
    List<String> opened = new ArrayList<>();
    for (StaffGroup group : StaffGroup.taskGroups()) {
      if (!AuthorizationTable.PROCESSES_OF_GROUP.containsKey(group.id())) {
        continue;
      }
      String user = "e2eHari" + group.id();
      String password = TestUsers.ensure(processEngine.getIdentityService(), user, group.id());
      // the previous member's session ends; the page is loaded anew, not only its address changed
      browser.manage().deleteAllCookies();
      browser.get("about:blank");
      logIn("tasklist", user, password);
      wait.until(driver -> !filters().isEmpty());
      int count = filters().size();
      for (int index = 0; index < count; index++) {
        WebElement filter = filters().get(index);
        String name = filter.getText().replaceAll("\\s*\\(\\d*\\)\\s*$", "").trim();
        filter.click();
        wait.until(driver -> !driver.findElements(By.cssSelector(".tasks-list, [cam-tasks] .well")).isEmpty()
            || !driver.findElements(By.cssSelector("[cam-tasks] .alert-danger")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[cam-tasks] .alert-danger")).stream()
            .filter(WebElement::isDisplayed).map(WebElement::getText).toList()).as(group.id() + " " + name).isEmpty();
        assertNoEnglishText(group.id() + " " + name);
        opened.add(group.id() + ": " + name);
      }
      if (group.id().equals("bidangMutasiStatus")) {
        screenshot("hari-filter-bidang-mutasi");
      }
    }
    // every unit has at least its own list and the shared overdue one
    assertThat(opened).hasSizeGreaterThan(2 * 18);
  }

  @Test
  void aSupervisorSeesAnOverdueEscalatedCallMarked() {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-845 7777", "ekstensi", "101")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("perihal", "LAYANAN", "ringkasanPermintaan", "Kenaikan pangkat"));
    String answering = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofMinutes(10).plusSeconds(3))));
    management.executeJob(management.createJobQuery().processInstanceId(pi).activityId("berikanJawaban_mutuBaku")
        .singleResult().getId());
    String business = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2eHariKepala", "kepalaKantor");

    logIn("tasklist", "e2eHariKepala", password);
    visible(By.xpath("//*[contains(text(),'Tugas Kepala Kantor')]")).click();
    wait.until(driver -> driver.getCurrentUrl().contains("filter="));
    browser.get(browser.getCurrentUrl() + "&task=" + answering);
    WebElement card = visible(By.xpath("//*[contains(@class,'standar-pelayanan-kasus-kartu')][contains(.,'"
        + business + "')]"));
    wait.until(driver -> card.getText().contains("Terlambat") && card.getText().contains("Dieskalasi"));
    WebElement banner = visible(By.cssSelector(".task-details .standar-pelayanan-kasus"));
    wait.until(driver -> banner.getText().contains("Dieskalasi otomatis"));
    assertThat(banner.getText()).contains("kepada Kepala Kantor sejak", "WIB", "sudah lewat",
        "Penelepon: 0618457777");
    assertNoEnglishText("kepala kantor, tugas terlambat");
    screenshot("hari-kepala-kantor-terlambat-dieskalasi");
  }
}
