package id.standarpelayanan.tugas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.lapor.KantorLapor;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.security.VariableWriteGuard;

/**
 * {@code GET /api/tugas/kasus}: the case of a task as its card and form show it, for the people who
 * see the task; a returned decision step starts with its decision empty.
 */
class KasusTugasTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private IdentityService identity;
  @Autowired
  private PenerimaanLaporan penerimaan;

  private JsonNode kasus(String user, String group, String taskId) throws Exception {
    ResponseEntity<String> answer = anonymous.withBasicAuth(user, TestUsers.ensure(identity, user, group))
        .getForEntity("/api/tugas/kasus?id=" + taskId, String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
    return new ObjectMapper().readTree(answer.getBody());
  }

  private Task open(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  @Test
  void aReturnedReportShowsWhyWhoAndWhenAndItsDecisionStartsEmpty() throws Exception {
    var filed = penerimaan.terima(new LaporanBaru("Lampu jalan padam", "Sudah dua minggu", "PENGADUAN", true, false,
        null, null, null, false), "WEB", Map.of());
    String pi = filed.processInstanceId();
    KantorLapor.selesaikan(tasks, pi, "terimaLaporan", Map.of("laporanDiterima", true));
    KantorLapor.selesaikan(tasks, pi, "verifikasiNasional", Map.of("instansiTujuan", "Pemko Binjai"));
    KantorLapor.selesaikan(tasks, pi, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    tasks.claim(open(pi).getId(), "kasusInstansi");
    KantorLapor.selesaikan(tasks, pi, "verifikasiInstansi",
        Map.of("sesuaiKewenangan", false, "alasanPengembalian", "Jalan provinsi, bukan kota"));

    Task returned = open(pi);
    assertThat(returned.getTaskDefinitionKey()).isEqualTo("verifikasiNasional");
    assertThat(runtime.getVariable(pi, "instansiTujuan")).as("the old target no longer applies").isNull();
    JsonNode card = kasus("kasusNasional", "adminNasional", returned.getId()).get(0);
    assertThat(card.path("nomor").asText()).isEqualTo(filed.nomor());
    assertThat(card.path("ringkasan").asText()).isEqualTo("Lampu jalan padam");
    assertThat(card.path("kembali").path("jenis").asText()).isEqualTo("DIKEMBALIKAN");
    assertThat(card.path("kembali").path("alasan").asText()).isEqualTo("Jalan provinsi, bukan kota");
    assertThat(card.path("kembali").path("oleh").asText()).isEqualTo("kasusInstansi");
    assertThat(card.path("kembali").path("dariLangkah").asText()).isEqualTo("Verifikasi kewenangan instansi");
    assertThat(card.path("tenggatWib").asText()).endsWith(" WIB");

    // another level's admin does not see the task at all
    assertThat(kasus("kasusUpt", "adminUpt", returned.getId())).isEmpty();

    KantorLapor.selesaikan(tasks, pi, "verifikasiNasional", Map.of("instansiTujuan", "Pemprov Sumut"));
    KantorLapor.selesaikan(tasks, pi, "terimaDisposisiInstansi", Map.of("disposisiDiterima", true));
    assertThat(runtime.getVariable(pi, "sesuaiKewenangan")).as("not ticked from the earlier pass").isNull();
    JsonNode again = kasus("kasusInstansi2", "adminInstansi", open(pi).getId()).get(0);
    assertThat(again.path("kembali").isNull()).as("disposed anew, not returned").isTrue();
  }

  @Test
  void aReopenedAnswerShowsTheReportersNote() throws Exception {
    var filed = penerimaan.terima(new LaporanBaru("Antrean KTP", "Tiga jam", "PENGADUAN", true, false,
        null, null, null, false), "WEB", Map.of());
    String pi = filed.processInstanceId();
    KantorLapor.jawab(tasks, pi, "Loket ditambah");
    VariableWriteGuard.asApplication(filed.nomor(), () -> runtime.createMessageCorrelation("tanggapanPelapor")
        .processInstanceId(pi).setVariables(Map.of("puas", false, "tanggapan", "Masih tiga jam")).correlateWithResult());

    JsonNode card = kasus("kasusEselon1", "adminEselon1", open(pi).getId()).get(0);
    assertThat(card.path("kembali").path("jenis").asText()).isEqualTo("TIDAK_PUAS");
    assertThat(card.path("kembali").path("alasan").asText()).isEqualTo("Masih tiga jam");
  }

  @Test
  void aLateEscalatedCallIsMarkedAndItsCallerShownOnlyToThoseWhoMayReadIt() throws Exception {
    Date start = Date.from(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, MutuBaku.WIB).toInstant());
    ClockUtil.setCurrentTime(start);
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "061-845 3744", "ekstensi", "101")).getId();
    tasks.complete(open(pi).getId(), Map.of("perihal", "LAYANAN", "ringkasanPermintaan", "Pensiun"));
    Task answering = open(pi);
    JsonNode onTime = kasus("kasusPensiun", "bidangPengangkatanPensiun", answering.getId()).get(0);
    assertThat(onTime.path("terlambat").asBoolean()).isFalse();
    assertThat(onTime.path("tenggatWib").asText()).isEqualTo("23 Nov 2026 09.10 WIB");
    assertThat(onTime.path("ringkasan").asText()).isEqualTo("Penelepon: 0618453744");

    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofMinutes(10).plusSeconds(3))));
    management.executeJob(management.createJobQuery().processInstanceId(pi).activityId("berikanJawaban_mutuBaku")
        .singleResult().getId());

    JsonNode late = kasus("kasusKepala", "kepalaKantor", answering.getId()).get(0);
    assertThat(late.path("terlambat").asBoolean()).isTrue();
    assertThat(late.path("eskalasi")).singleElement()
        .satisfies(eskalasi -> assertThat(eskalasi.path("kelompok").asText()).isEqualTo("kepalaKantor"));
    assertThat(late.path("ringkasan").asText()).as("the escalated supervisor handles the call")
        .isEqualTo("Penelepon: 0618453744");
    // a manager sees the task in Cockpit, but not who called
    JsonNode manager = kasus("kasusManajer", "manajer", answering.getId()).get(0);
    assertThat(manager.path("terlambat").asBoolean()).isTrue();
    assertThat(manager.path("ringkasan").isNull()).isTrue();
  }

  @Test
  void moreThanFiftyTasksAreRefused() {
    String ids = String.join("&", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "id=t" + i).toList());
    ResponseEntity<String> answer = anonymous.withBasicAuth("kasusNasional",
        TestUsers.ensure(identity, "kasusNasional", "adminNasional")).getForEntity("/api/tugas/kasus?" + ids, String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("Paling banyak 50 tugas");
  }
}
