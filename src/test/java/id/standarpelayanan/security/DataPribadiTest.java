package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.audit.DurasiTugasExport;
import id.standarpelayanan.monev.KompilasiKinerja;
import id.standarpelayanan.monev.LaporanMonevRenderer;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * A planted phone number and name, given by callers and a reporter, must not reach the log, the
 * audit export, the public tracking page or the monev material; an anonymous report's planted
 * identity is refused and found nowhere in the database's history tables.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataPribadiTest extends IntegrationTest {

  private static final String PHONE = "0812-9999-4242";
  private static final String PHONE_NATIONAL = "081299994242";
  private static final String NAME = "Tiurma Sitanggang";

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private DurasiTugasExport export;
  @Autowired
  private KompilasiKinerja kompilasi;
  @Autowired
  private LaporanMonevRenderer renderer;
  @Autowired
  private JdbcClient jdbc;

  private String post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return citizen.postForObject(path, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void plantedIdentityReachesNoLogExportTrackingPageOrMonevMaterial(CapturedOutput output) throws Exception {
    String call = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", PHONE, "ekstensi", "102")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(call).singleResult().getId(),
        Map.of("perihal", "PENGADUAN", "ringkasanPermintaan", "Keluhan"));
    String report = post("/api/laporan", """
        {"judul": "Pungli", "isi": "Ada pungutan", "kategori": "PENGADUAN", "nama": "%s", "telepon": "%s"}"""
        .formatted(NAME, PHONE));
    String nomor = new ObjectMapper().readTree(report).path("nomor").asText();

    LocalDate today = LocalDate.now(MutuBaku.WIB);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    export.writeCsv(new DurasiTugasExport.Filter(today.minusDays(1), today.plusDays(1), null), csv);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    export.writeXlsx(new DurasiTugasExport.Filter(today.minusDays(1), today.plusDays(1), null), xlsx);
    HttpHeaders withCode = new HttpHeaders();
    withCode.set("X-Kode-Akses", new ObjectMapper().readTree(report).path("kodeAkses").asText());
    String tracking = citizen.exchange("/api/laporan/" + nomor, org.springframework.http.HttpMethod.GET,
        new HttpEntity<>(withCode), String.class).getBody();
    assertThat(tracking).contains("\"status\":\"DITERIMA\"");
    var material = kompilasi.compile(today.minusDays(1), today.plusDays(1));
    String monev = renderer.render(new LaporanMonevRenderer.Isi("MNV-UJI", material, "-", "-", "kabid", null));

    for (String where : List.of(output.getAll(), csv.toString(StandardCharsets.UTF_8), tracking, monev,
        material.toString())) {
      assertThat(where).doesNotContain(PHONE, PHONE_NATIONAL, NAME);
    }
    assertThat(xlsx.toString(StandardCharsets.ISO_8859_1)).doesNotContain(PHONE_NATIONAL);
  }

  @Test
  void anAnonymousReportsPlantedIdentityIsInNoHistoryTable() {
    String planted = "0813-7777-5151";
    post("/api/laporan", """
        {"judul": "Antre", "isi": "Lama", "kategori": "ASPIRASI", "anonim": true, "telepon": "%s"}""".formatted(planted));
    post("/api/laporan", """
        {"judul": "Antre", "isi": "Lama", "kategori": "ASPIRASI", "anonim": true}""");

    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_PROCINST", "ACT_HI_COMMENT",
        "ACT_HI_OP_LOG", "pelapor")) {
      String dump = String.join("\n", jdbc.sql("SELECT * FROM " + table).query((rs, row) -> {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          line.append(rs.getString(column)).append('|');
        }
        return line.toString();
      }).list());
      assertThat(dump).as(table).doesNotContain(planted, "081377775151");
    }
  }
}
