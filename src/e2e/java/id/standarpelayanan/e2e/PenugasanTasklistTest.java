package id.standarpelayanan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.TestUsers;
import id.standarpelayanan.informasi.PenugasanController;

/**
 * Peringatan 1 in Tasklist (seed 003): a front-office clerk hands a call's step to a colleague with a
 * surat penugasan through the task action "Alihkan dengan surat penugasan"; typing the colleague into
 * Tasklist's own assignee field is refused in Bahasa Indonesia and changes nothing. The action is
 * offered on the processes the rule covers only.
 */
class PenugasanTasklistTest extends BrowserTest {

  private static final String AKSI = "Alihkan dengan surat penugasan";
  private static final By ACTION = By.xpath("//button[contains(@class,'standar-pelayanan-alihkan')]");
  private static final By DIALOG = By.cssSelector("dialog.standar-pelayanan-penugasan");
  private static final By ASSIGNEE = By.cssSelector("[cam-tasklist-task-meta] .assignee");

  @Autowired
  private TaskService tasks;

  private String clerkPassword;

  private String startCall() {
    clerkPassword = TestUsers.ensure(processEngine.getIdentityService(), "e2eFrontOffice", "frontOffice");
    TestUsers.ensure(processEngine.getIdentityService(), "e2eFrontOffice2", "frontOffice");
    String pi = processEngine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon").getId();
    return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  /** Logs the clerk in, opens the front office's filter and the task in it, and claims it. */
  private void clerkClaims(String taskId) {
    logIn("tasklist", "e2eFrontOffice", clerkPassword);
    visible(By.xpath("//*[contains(text(),'Tugas Front Office')]")).click();
    wait.until(driver -> driver.getCurrentUrl().contains("filter="));
    browser.get(browser.getCurrentUrl() + "&task=" + taskId);
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(.),'Ucapkan salam')]"));
    visible(By.xpath("//*[normalize-space(text())='Klaim']")).click();
    wait.until(driver -> "e2eFrontOffice".equals(assignee(taskId)));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ASSIGNEE, "e2eFrontOffice"));
  }

  private String assignee(String taskId) {
    return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
  }

  private List<String> comments(String taskId) {
    return tasks.getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
  }

  private WebElement inDialog(String css) {
    return visible(By.cssSelector("dialog.standar-pelayanan-penugasan " + css));
  }

  @Test
  void aClerkHandsTheCallToAColleagueWithALetter() {
    String taskId = startCall();
    clerkClaims(taskId);

    WebElement action = visible(ACTION);
    assertThat(action.getText()).isEqualTo(AKSI);
    action.click();
    visible(DIALOG);
    // staff cannot list other users: the colleague's id is typed
    WebElement person = inDialog("input#penugasan-pelaksana");
    WebElement letter = inDialog("input#penugasan-nomor-surat");
    assertThat(inDialog("p#penugasan-pelaksana-bantuan").getText()).contains("Front Office");

    // without a letter: said in the dialog, nothing sent
    person.sendKeys("e2eFrontOffice2");
    inDialog("button[type='submit']").click();
    assertThat(inDialog("[role='alert']").getText()).isEqualTo("Nomor surat penugasan wajib diisi.");

    // someone outside the step's group: the server's refusal, in the dialog, beside the field
    person.clear();
    person.sendKeys("orang.lain");
    letter.sendKeys("800/17/BPMP/2026");
    inDialog("button[type='submit']").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("dialog.standar-pelayanan-penugasan [role='alert']"), "bukan anggota kelompok pelaksana"));
    assertThat(browser.findElement(By.cssSelector("dialog.standar-pelayanan-penugasan .has-error"))
        .findElement(By.tagName("input")).getAttribute("id")).isEqualTo("penugasan-pelaksana");
    assertThat(assignee(taskId)).isEqualTo("e2eFrontOffice");
    screenshot("penugasan-1-bukan-anggota");
    assertNoEnglishText("penugasan-1-bukan-anggota");

    person.clear();
    person.sendKeys("e2eFrontOffice2");
    screenshot("penugasan-2-dialog");
    assertNoEnglishText("penugasan-2-dialog");
    inDialog("button[type='submit']").click();

    wait.until(driver -> "e2eFrontOffice2".equals(assignee(taskId)));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
    assertThat(comments(taskId)).containsExactly(
        "Dialihkan dari e2eFrontOffice kepada e2eFrontOffice2 berdasarkan surat penugasan 800/17/BPMP/2026.");
    assertThat(tasks.getVariableLocal(taskId, PenugasanController.NOMOR_SURAT)).isEqualTo("800/17/BPMP/2026");
    // Tasklist shows the new holder without a reload, and the clerk reads what was done
    wait.until(ExpectedConditions.textToBePresentInElementLocated(ASSIGNEE, "e2eFrontOffice2"));
    assertThat(visible(By.cssSelector(".standar-pelayanan-alihkan-status")).getText())
        .isEqualTo("Dialihkan kepada e2eFrontOffice2 dengan surat penugasan 800/17/BPMP/2026.");
    screenshot("penugasan-3-dialihkan");
    assertNoEnglishText("penugasan-3-dialihkan");
  }

  @Test
  void typingAColleagueIntoTasklistsAssigneeFieldIsRefusedInBahasaIndonesia() {
    String taskId = startCall();
    clerkClaims(taskId);

    visible(By.cssSelector("[cam-tasklist-task-meta] [cam-widget-inline-field][value='assignee.id']")).click();
    WebElement input = visible(By.cssSelector("[cam-tasklist-task-meta] .assignee input"));
    input.clear();
    input.sendKeys("e2eFrontOffice2");
    input.sendKeys(Keys.ENTER);

    WebElement notice = visible(By.cssSelector(".page-notifications .alert"));
    assertThat(notice.findElement(By.cssSelector(".status")).getText()).isEqualTo("Tugas tidak dialihkan");
    assertThat(notice.findElement(By.cssSelector(".message")).getText()).isEqualTo(
        "Tugas hanya dapat dialihkan kepada petugas lain dengan surat penugasan: gunakan tombol \"" + AKSI
            + "\" di kanan atas tugas. Tanpa surat, Anda hanya dapat mengklaim tugas yang belum dipegang siapa pun"
            + " untuk diri sendiri atau melepas tugas Anda sendiri.");
    // the refusal covers neither the form's buttons nor the action it names
    for (String button : List.of("//button[normalize-space(.)='Selesaikan']", "//button[normalize-space(.)='Simpan']")) {
      assertThat(overlaps(notice.getRect(), visible(By.xpath(button)).getRect())).as(button).isFalse();
    }
    assertThat(overlaps(notice.getRect(), visible(ACTION).getRect())).isFalse();
    screenshot("penugasan-4-kolom-penerima-ditolak");
    assertNoEnglishText("penugasan-4-kolom-penerima-ditolak");

    // nothing changed: the clerk still holds the task, Tasklist says so, no letter was recorded
    assertThat(assignee(taskId)).isEqualTo("e2eFrontOffice");
    assertThat(browser.findElement(ASSIGNEE).getText()).contains("e2eFrontOffice").doesNotContain("e2eFrontOffice2");
    assertThat(comments(taskId)).isEmpty();
    assertThat(tasks.getVariableLocal(taskId, PenugasanController.NOMOR_SURAT)).isNull();
  }

  @Test
  void anAdministratorChoosesAmongTheGroupsMembersAndOtherStandardsHaveNoAction() {
    String taskId = startCall();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "e2ePenugasanAdmin", Groups.CAMUNDA_ADMIN);
    String otherCall = processEngine.getRuntimeService().startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-8453744", "ekstensi", "102")).getId();
    String otherTask = tasks.createTaskQuery().processInstanceId(otherCall).singleResult().getId();

    logIn("tasklist", "e2ePenugasanAdmin", password);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + otherTask));
    visible(By.xpath("//*[contains(@class,'task-details')]//*[contains(normalize-space(.),'Terima panggilan')]"));
    visible(By.xpath("//*[contains(@class,'task-actions')]//*[contains(normalize-space(.),'Tambah Komentar')]"));
    // penerimaanTelepon is not a process of seed 003: no letter, no action. The action's node has read the
    // task's process (data-diperiksa) before its button is looked at, so an answer still on its way
    // cannot pass for "hidden"; the button is in the page, hidden (a stylesheet must not show it).
    WebElement otherAction = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[@data-diperiksa='" + otherTask + "']/button[contains(@class,'standar-pelayanan-alihkan')]")));
    assertThat(otherAction.getDomAttribute("hidden")).isNotNull();
    assertThat(browser.findElements(ACTION)).isNotEmpty().noneMatch(WebElement::isDisplayed);

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    visible(ACTION).click();
    Select person = new Select(inDialog("select#penugasan-pelaksana"));
    assertThat(person.getOptions().stream().map(WebElement::getText).toList())
        .contains("Uji e2eFrontOffice (e2eFrontOffice)", "Uji e2eFrontOffice2 (e2eFrontOffice2)")
        .noneMatch(label -> label.contains("e2ePenugasanAdmin"));
    person.selectByValue("e2eFrontOffice2");
    inDialog("input#penugasan-nomor-surat").sendKeys("800/18/BPMP/2026");
    screenshot("penugasan-5-admin-memilih");
    assertNoEnglishText("penugasan-5-admin-memilih");
    inDialog("button[type='submit']").click();
    wait.until(driver -> "e2eFrontOffice2".equals(assignee(taskId)));
    assertThat(comments(taskId)).containsExactly(
        "Dialihkan dari (belum ada pelaksana) kepada e2eFrontOffice2 berdasarkan surat penugasan 800/18/BPMP/2026.");
  }

  private static boolean overlaps(Rectangle a, Rectangle b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }
}
