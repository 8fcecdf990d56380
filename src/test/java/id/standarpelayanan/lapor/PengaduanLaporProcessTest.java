package id.standarpelayanan.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.Wib;
import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.mutubaku.BreachLog;
import id.standarpelayanan.security.VariableWriteGuard;

/** Every step, branch, return, direct entry, response and closure of {@code pengaduanLapor}. */
class PengaduanLaporProcessTest extends IntegrationTest {

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private BreachLog breaches;
  @Autowired
  private PenerimaanLaporan penerimaan;


  @BeforeEach
  void fridayAfternoon() {
    ClockUtil.setCurrentTime(Wib.at("2026-11-20T14:00"));
  }

  /** A report as the intake files it (the only way a report starts). */
  private ProcessInstance report(boolean direct) {
    String nomor = penerimaan.terima(new LaporanBaru("Jalan rusak di depan puskesmas", "Lubang besar sejak sebulan",
        "PENGADUAN", false, false, "Rina Siregar", "0812-7777-0002", null, direct), "WEB", Map.of()).nomor();
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult();
  }

  /** The reporter's response, as the tracking endpoint gives it (the only way it may be given). */
  private void respond(ProcessInstance pi, Map<String, Object> response) {
    VariableWriteGuard.asApplication(pi.getBusinessKey(), () -> runtime.createMessageCorrelation("tanggapanPelapor")
        .processInstanceId(pi.getId()).setVariables(response).correlateWithResult());
  }

  private String status(ProcessInstance pi) {
    return (String) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("statusLaporan").singleResult().getValue();
  }

  private void toEselon1(ProcessInstance pi) {
    complete(task(pi), withVariables("laporanDiterima", true));
    complete(task(pi), withVariables("instansiTujuan", "Kementerian PUPR"));
    complete(task(pi), withVariables("disposisiDiterima", true));
    complete(task(pi), withVariables("sesuaiKewenangan", true));
    complete(task(pi), withVariables("unitEselon1", "Ditjen Bina Marga"));
    complete(task(pi), withVariables("responAwal", "Laporan diterima, sedang ditelaah"));
  }

  @Test
  void nationalReportAnsweredByEselon1AndAcceptedByTheReporterIsClosed() {
    ProcessInstance pi = report(false);
    assertThat(pi.getBusinessKey()).matches("LPR-2026-\\d{6}");
    assertThat(pi).isWaitingAt("terimaLaporan");
    assertThat(task(pi)).hasCandidateGroup("adminNasional");
    assertThat(status(pi)).isEqualTo("DITERIMA");

    toEselon1(pi);
    assertThat(pi).isWaitingAt("verifikasiEselon1");
    assertThat(status(pi)).isEqualTo("DIDISPOSISIKAN");
    complete(task(pi), withVariables("kewenangan", "ESELON1"));
    assertThat(pi).isWaitingAt("tindakLanjutEselon1");
    assertThat(task(pi)).hasCandidateGroup("adminEselon1");
    assertThat(status(pi)).isEqualTo("DITINDAKLANJUTI");
    complete(task(pi), withVariables("jawaban", "Perbaikan dijadwalkan Desember"));

    assertThat(pi).isWaitingAt("menungguTanggapan");
    assertThat(status(pi)).isEqualTo("SELESAI");
    respond(pi, Map.of("puas", true));

    assertThat(pi).isEnded().hasPassedInOrder("terimaLaporan", "verifikasiNasional", "terimaDisposisiInstansi",
        "verifikasiInstansi", "disposisiEselon1", "responAwalEselon1", "verifikasiEselon1", "tindakLanjutEselon1",
        "laporanDitutup");
    assertThat(status(pi)).isEqualTo("DITUTUP");
  }

  @Test
  void reportCanEnterDirectlyAtAdminInstansi() {
    ProcessInstance pi = report(true);

    assertThat(pi).isWaitingAt("terimaDisposisiInstansi").hasNotPassed("terimaLaporan", "verifikasiNasional");
    assertThat(task(pi)).hasCandidateGroup("adminInstansi");
  }

  @Test
  void adminInstansiWithoutAuthorityReturnsTheReportToAdminNasionalWithItsReason() {
    ProcessInstance pi = report(true);
    complete(task(pi), withVariables("disposisiDiterima", true));
    String verification = task(pi).getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(verification,
        Map.of("sesuaiKewenangan", false)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("Alasan pengembalian");

    complete(task(pi), withVariables("sesuaiKewenangan", false,
        "alasanPengembalian", "Kewenangan pemerintah kabupaten"));

    assertThat(pi).isWaitingAt("verifikasiNasional");
    assertThat(task(pi)).hasCandidateGroup("adminNasional");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(verification).variableName("alasanPengembalian").singleResult().getValue())
        .isEqualTo("Kewenangan pemerintah kabupaten");
  }

  @Test
  void eselon1DisposesToUptWhoseAnswerCloseSAfterTenWorkingDaysWithoutResponse() {
    ProcessInstance pi = report(false);
    toEselon1(pi);
    complete(task(pi), withVariables("kewenangan", "UPT", "unitUpt", "BBPJN Sumatera Utara"));

    assertThat(pi).isWaitingAt("terimaDisposisiUpt");
    assertThat(task(pi)).hasCandidateGroup("adminUpt");
    complete(task(pi), withVariables("disposisiDiterima", true));
    assertThat(pi).isWaitingAt("tindakLanjutUpt");
    ClockUtil.setCurrentTime(Wib.at("2026-11-24T13:00"));
    complete(task(pi), withVariables("jawaban", "Sudah ditambal"));

    assertThat(pi).isWaitingAt("menungguTanggapan");
    assertThat(job("sepuluhHariKerja", pi).getDuedate()).isEqualTo(Wib.at("2026-12-08T13:00"));
    execute(job("sepuluhHariKerja", pi));

    assertThat(pi).isEnded().hasPassed("ditutupSistem").hasNotPassed("tanggapanDiterima");
    assertThat(status(pi)).isEqualTo("DITUTUP");
  }

  @Test
  void eselon1WithoutAuthorityReturnsToAdminInstansiWithItsReason() {
    ProcessInstance pi = report(false);
    toEselon1(pi);
    String verification = task(pi).getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(verification, Map.of("kewenangan", "BUKAN")))
        .hasRootCauseInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> processEngine.getTaskService().complete(verification, Map.of("kewenangan", "LAIN")))
        .rootCause().isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "kewenangan");

    complete(task(pi), withVariables("kewenangan", "BUKAN", "alasanPengembalian", "Bukan urusan Bina Marga"));

    assertThat(pi).isWaitingAt("verifikasiInstansi");
    assertThat(task(pi)).hasCandidateGroup("adminInstansi");
  }

  @Test
  void unsatisfiedReporterSendsTheReportBackToTheLevelThatAnswered() {
    ProcessInstance byUpt = report(false);
    toEselon1(byUpt);
    complete(task(byUpt), withVariables("kewenangan", "UPT", "unitUpt", "UPT"));
    complete(task(byUpt), withVariables("disposisiDiterima", true));
    complete(task(byUpt), withVariables("jawaban", "Ditangani"));
    respond(byUpt, Map.of("puas", false, "tanggapan", "Belum diperbaiki"));
    assertThat(byUpt).isWaitingAt("tindakLanjutUpt");

    ProcessInstance byEselon1 = report(false);
    toEselon1(byEselon1);
    complete(task(byEselon1), withVariables("kewenangan", "ESELON1"));
    complete(task(byEselon1), withVariables("jawaban", "Ditangani"));
    respond(byEselon1, Map.of("puas", false));
    assertThat(byEselon1).isWaitingAt("tindakLanjutEselon1");
  }

  @Test
  void threeDayStepsAreDueInWorkingDaysAndSixtyMinuteStepsInMinutes() {
    ProcessInstance pi = report(false);
    assertThat(task(pi)).hasDueDate(Wib.at("2026-11-20T15:00"));
    complete(task(pi), withVariables("laporanDiterima", true));

    assertThat(task(pi)).hasDefinitionKey("verifikasiNasional").hasDueDate(Wib.at("2026-11-25T14:00"));
  }

  @Test
  void answerIsRequired() {
    ProcessInstance pi = report(false);
    toEselon1(pi);
    complete(task(pi), withVariables("kewenangan", "ESELON1"));
    String taskId = task(pi).getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, Map.of("jawaban", " ")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("Jawaban");
  }

  @Test
  void breachesEscalateToTheLevelAbove() {
    ProcessInstance pi = report(false);
    execute(job("terimaLaporan_mutuBaku", pi));
    assertThat(groups(pi)).containsExactly("adminNasional");

    toEselon1(pi);
    execute(job("verifikasiEselon1_mutuBaku", pi));
    assertThat(groups(pi)).containsExactlyInAnyOrder("adminEselon1", "adminInstansi");

    complete(task(pi), withVariables("kewenangan", "UPT", "unitUpt", "UPT"));
    execute(job("terimaDisposisiUpt_mutuBaku", pi));
    assertThat(groups(pi)).containsExactlyInAnyOrder("adminUpt", "adminEselon1");
    assertThat(breaches.findByProcessInstance(pi.getId())).extracting(b -> b.taskKey())
        .containsExactly("terimaLaporan", "verifikasiEselon1", "terimaDisposisiUpt");
  }

  private java.util.List<String> groups(ProcessInstance pi) {
    return processEngine.getTaskService().getIdentityLinksForTask(task(pi).getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
  }
}
