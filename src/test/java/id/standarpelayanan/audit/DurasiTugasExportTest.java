package id.standarpelayanan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.Wib;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;
import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The export against a history made here in January 2031 (no other test works there):
 *   call 1: terimaPanggilan 10 s (mutu baku 60 s) TEPAT_WAKTU, berikanJawaban 120 s (600 s) TEPAT_WAKTU;
 *   call 2: terimaPanggilan 90 s TERLAMBAT by 30 s, berikanJawaban open, exported 700 s after it
 *     started: BERJALAN_TERLAMBAT by 100 s;
 *   one information call whose greeting took 75 s (60 s) with a late reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurasiTugasExportTest extends IntegrationTest {

  private static final LocalDateTime DAY = LocalDateTime.of(2031, 1, 6, 9, 0);

  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private TestRestTemplate anonymous;


  private String call(LocalDateTime ring, long pickUp, Long answer) {
    ClockUtil.setCurrentTime(Wib.at(ring));
    String pi = runtime.startProcessInstanceByKey("penerimaanTelepon",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102")).getId();
    ClockUtil.setCurrentTime(Wib.at(ring.plusSeconds(pickUp)));
    tasks.claim(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), "petugas102");
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("perihal", "INFORMASI", "ringkasanPermintaan", "Uji"));
    if (answer != null) {
      ClockUtil.setCurrentTime(Wib.at(ring.plusSeconds(pickUp + answer)));
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
          Map.of("jenisKeluaran", "INFORMASI", "jawaban", "Uji"));
    }
    return pi;
  }

  @BeforeAll
  void history() {
    call(DAY, 10, 120L);
    call(DAY.plusHours(1), 90, null);
    ClockUtil.setCurrentTime(Wib.at(DAY.plusHours(2)));
    String info = runtime.startProcessInstanceByKey("layananInformasiTelepon").getId();
    ClockUtil.setCurrentTime(Wib.at(DAY.plusHours(2).plusSeconds(75)));
    tasks.complete(tasks.createTaskQuery().processInstanceId(info).singleResult().getId(),
        Map.of("salamDiucapkan", true, "alasanKeterlambatan", "Sambungan terputus"));
    ClockUtil.setCurrentTime(Wib.at(DAY.plusHours(1).plusSeconds(90 + 700)));
  }

  @Autowired
  private DurasiTugasExport export;

  private List<BarisDurasi> rows(String proses) {
    List<BarisDurasi> rows = new ArrayList<>();
    ClockUtil.setCurrentTime(Wib.at(DAY.plusHours(1).plusSeconds(90 + 700)));
    export.forEach(new DurasiTugasExport.Filter(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31), proses), rows::add);
    return rows;
  }

  @Test
  void oneRowPerTaskInstanceWithDurationsMutuBakuAndStatus() {
    List<BarisDurasi> rows = rows("penerimaanTelepon");

    assertThat(rows).extracting(BarisDurasi::taskKey)
        .containsExactly("terimaPanggilan", "berikanJawaban", "terimaPanggilan", "berikanJawaban");
    BarisDurasi first = rows.get(0);
    assertThat(first.proses()).isEqualTo("penerimaanTelepon");
    assertThat(first.versi()).isPositive();
    assertThat(first.businessKey()).matches("TLP-2031-\\d{6}");
    assertThat(first.namaTugas()).isEqualTo("Terima panggilan dan tanyakan keperluan");
    assertThat(first.kelompok()).isEqualTo("bidangMutasiStatus");
    assertThat(first.pelaksana()).isEqualTo("petugas102");
    assertThat(first.mulai()).isEqualTo(DAY.atZone(MutuBaku.WIB).toOffsetDateTime());
    assertThat(first.durasiDetik()).isEqualTo(10);
    assertThat(first.mutuBakuDetik()).isEqualTo(60);
    assertThat(first.status()).isEqualTo("TEPAT_WAKTU");
    assertThat(first.terlambatDetik()).isZero();
    assertThat(rows.get(1)).extracting(BarisDurasi::durasiDetik, BarisDurasi::mutuBakuDetik, BarisDurasi::status)
        .containsExactly(120L, 600L, "TEPAT_WAKTU");
    assertThat(rows.get(2)).extracting(BarisDurasi::durasiDetik, BarisDurasi::status, BarisDurasi::terlambatDetik)
        .containsExactly(90L, "TERLAMBAT", 30L);
    assertThat(rows.get(3)).extracting(BarisDurasi::selesai, BarisDurasi::durasiDetik, BarisDurasi::status,
        BarisDurasi::terlambatDetik).containsExactly(null, null, "BERJALAN_TERLAMBAT", 100L);
  }

  @Test
  void theLateReasonGoesWithItsStepAndFiltersWork() {
    List<BarisDurasi> info = rows("layananInformasiTelepon");

    assertThat(info).hasSize(2);
    assertThat(info.get(0)).extracting(BarisDurasi::taskKey, BarisDurasi::status, BarisDurasi::alasanKeterlambatan)
        .containsExactly("ucapkanSalam", "TERLAMBAT", "Sambungan terputus");
    assertThat(info.get(1).status()).as("catatIdentitas is not yet due at export time").isEqualTo("BERJALAN");
    assertThat(rows(null)).hasSize(6);
    List<BarisDurasi> none = new ArrayList<>();
    export.forEach(new DurasiTugasExport.Filter(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 28), null), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void aBusinessKeyWrittenAsAFormulaIsExportedAsText() throws Exception {
    ClockUtil.setCurrentTime(Wib.at(LocalDateTime.of(2031, 3, 3, 9, 0)));
    runtime.startProcessInstanceByKey("penerimaanTelepon", "=HYPERLINK(\"http://contoh.test\",\"klik\")",
        Map.of("nomorPenelepon", "0618453744", "ekstensi", "102"));
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();

    export.writeCsv(new DurasiTugasExport.Filter(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31),
        "penerimaanTelepon"), csv);

    String written = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).contains(",\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\",")
        .doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
  }

  private TestRestTemplate as(String user, String group) {
    return anonymous.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  private static final String QUERY = "/api/audit/durasi-tugas?dari=2031-01-01&sampai=2031-01-31";

  @Test
  void csvIsRfc4180WithBomAndNoPersonalData() throws Exception {
    ResponseEntity<byte[]> response = as("aud1", "auditor").exchange(QUERY, HttpMethod.GET, null, byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
    byte[] body = response.getBody();
    assertThat(body[0] & 0xFF).isEqualTo(0xEF);
    assertThat(body[1] & 0xFF).isEqualTo(0xBB);
    assertThat(body[2] & 0xFF).isEqualTo(0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").doesNotContain("0618453744", "061-8453744");
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text)).getRecords();
    assertThat(records).hasSize(6);
    assertThat(records.get(0).get("mulai")).endsWith("+07:00");
    assertThat(records.get(0).get("durasi_detik")).isEqualTo("10");
    assertThat(records.get(0).get("status")).isEqualTo("TEPAT_WAKTU");
    assertThat(records).extracting(record -> record.get("alasan_keterlambatan")).contains("Sambungan terputus");
  }

  @Test
  void xlsxIsARealWorkbookWithTypedCellsHeaderAndFilter() throws Exception {
    ResponseEntity<byte[]> response = as("adm1", "camunda-admin")
        .exchange(QUERY + "&proses=penerimaanTelepon&format=xlsx", HttpMethod.GET, null, byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("proses");
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      var first = sheet.getRow(1);
      assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(10.0);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
      assertThat(first.getCell(7).getLocalDateTimeCellValue()).isEqualTo(DAY);
    }
  }

  @Test
  void onlyAuditorsAndAdministratorsExport() {
    assertThat(anonymous.exchange(QUERY, HttpMethod.GET, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("opr9", "operator").exchange(QUERY, HttpMethod.GET, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("mgr9", "manajer").exchange(QUERY, HttpMethod.GET, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("aud1", "auditor").exchange(QUERY + "&format=pdf", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** Cookie headers of a Cockpit login, as a browser sends them on a plain link (no CSRF token). */
  private HttpHeaders cockpitCookies(String user, String group) {
    String password = TestUsers.ensure(processEngine.getIdentityService(), user, group);
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(WebappSession.login(anonymous, "cockpit", user, password).json());
    headers.remove("X-XSRF-TOKEN");
    headers.remove(HttpHeaders.CONTENT_TYPE);
    return headers;
  }

  @Test
  void theCockpitLoginDownloadsWithAPlainGet() {
    ResponseEntity<byte[]> auditor = anonymous.exchange(QUERY + "&format=xlsx", HttpMethod.GET,
        new HttpEntity<>(cockpitCookies("aud1", "auditor")), byte[].class);
    ResponseEntity<String> manager = anonymous.exchange(QUERY, HttpMethod.GET,
        new HttpEntity<>(cockpitCookies("mgr9", "manajer")), String.class);

    assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(auditor.getHeaders().getContentType()).isEqualTo(AuditController.XLSX);
    assertThat(auditor.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("durasi-tugas-2031-01-01-2031-01-31.xlsx");
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.getBody()).contains("hanya untuk auditor dan administrator");
  }

  @Test
  void cockpitAsksWhoMayExport() {
    assertThat(as("aud1", "auditor").getForObject("/api/audit/akses", Map.class))
        .containsEntry("eksporDurasiTugas", true);
    assertThat(as("adm1", "camunda-admin").getForObject("/api/audit/akses", Map.class))
        .containsEntry("eksporDurasiTugas", true);
    assertThat(anonymous.exchange("/api/audit/akses", HttpMethod.GET,
        new HttpEntity<>(cockpitCookies("mgr9", "manajer")), Map.class).getBody())
        .containsEntry("eksporDurasiTugas", false);
    assertThat(anonymous.getForEntity("/api/audit/akses", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
