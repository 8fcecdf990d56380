package id.standarpelayanan.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;

/**
 * A report with attachments: filed as multipart without login, checked by content, stored with the
 * report in one transaction or not at all, and opened only by the SP4N-LAPOR! admins.
 */
class LampiranLaporanTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };
  static final String ANONIM = """
      {"judul": "Pungutan di loket", "isi": "Diminta uang tanpa kuitansi", "kategori": "PENGADUAN", "anonim": true}""";
  private static final String BERNAMA = """
      {"judul": "Antrean tidak tertib", "isi": "Nomor antrean dilompati", "kategori": "PENGADUAN", "anonim": false,
       "rahasia": true, "nama": "Sari Lubis", "telepon": "0812-7777-0001"}""";

  /** A file as a client sends it: the name and type it declares, and the bytes. */
  record File(String name, String declaredType, byte[] bytes) {
  }

  @Autowired
  private TestRestTemplate citizen;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private LampiranLaporan lampiran;
  @Autowired
  private TransactionTemplate transaction;

  private TestRestTemplate nasional;

  @BeforeEach
  void admin() {
    nasional = as("lampiranNasional", "adminNasional");
  }

  private TestRestTemplate as(String user, String group) {
    return citizen.withBasicAuth(user, TestUsers.ensure(processEngine.getIdentityService(), user, group));
  }

  static HttpEntity<MultiValueMap<String, Object>> multipart(String laporan, List<File> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (laporan != null) {
      HttpHeaders json = new HttpHeaders();
      json.setContentType(MediaType.APPLICATION_JSON);
      parts.add("laporan", new HttpEntity<>(laporan, json));
    }
    for (File file : files) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType(file.declaredType()));
      parts.add("lampiran", new HttpEntity<>(new ByteArrayResource(file.bytes()) {
        @Override
        public String getFilename() {
          return file.name();
        }
      }, headers));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private ResponseEntity<Map<String, Object>> lapor(String laporan, List<File> files) {
    return citizen.exchange("/api/laporan", HttpMethod.POST, multipart(laporan, files), JSON);
  }

  private long reports() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("pengaduanLapor").count();
  }

  private long storedFiles() {
    return jdbc.sql("SELECT COUNT(*) FROM laporan_lampiran").query(Long.class).single();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static final List<File> VALID = List.of(
      new File("Bukti Pembayaran.pdf", "application/pdf", Berkas.pdf()),
      new File("foto loket.png", "image/png", Berkas.png()),
      new File("kwitansi.JPG", "image/jpeg", Berkas.jpeg()));

  @ParameterizedTest(name = "{0} lampiran")
  @ValueSource(ints = {1, 2, 3})
  void aReportWithOneToThreeFilesIsFiledAndTheAdminsListAndDownloadThemByteIdentical(int count) throws Exception {
    List<File> files = VALID.subList(0, count);
    ResponseEntity<Map<String, Object>> response = lapor(ANONIM, files);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsOnlyKeys("nomor", "processInstanceId", "kodeAkses");
    String nomor = (String) response.getBody().get("nomor");
    assertThat(nomor).matches("LPR-\\d{4}-\\d{6}");
    HttpHeaders code = new HttpHeaders();
    code.set("X-Kode-Akses", (String) response.getBody().get("kodeAkses"));
    assertThat(citizen.exchange("/api/laporan/" + nomor, HttpMethod.GET, new HttpEntity<>(code), JSON)
        .getStatusCode()).as("the access code of a multipart filing works").isEqualTo(HttpStatus.OK);

    ResponseEntity<List<Map<String, Object>>> list =
        nasional.exchange("/api/laporan/" + nomor + "/lampiran", HttpMethod.GET, null, LIST);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).hasSize(count);
    List<String> names = List.of("Bukti Pembayaran.pdf", "foto loket.png", "kwitansi.jpg");
    List<String> types = List.of("application/pdf", "image/png", "image/jpeg");
    for (int i = 0; i < count; i++) {
      Map<String, Object> listed = list.getBody().get(i);
      byte[] sent = files.get(i).bytes();
      assertThat(listed).containsOnlyKeys("id", "nama", "jenis", "ukuran", "sha256")
          .containsEntry("nama", names.get(i)).containsEntry("jenis", types.get(i))
          .containsEntry("ukuran", sent.length).containsEntry("sha256", sha256(sent));

      ResponseEntity<byte[]> download = nasional.getForEntity("/api/laporan/" + nomor + "/lampiran/"
          + listed.get("id"), byte[].class);
      assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(download.getBody()).isEqualTo(sent);
      HttpHeaders headers = download.getHeaders();
      assertThat(headers.getContentType()).isEqualTo(MediaType.parseMediaType(types.get(i)));
      ContentDisposition disposition = headers.getContentDisposition();
      assertThat(disposition.isAttachment()).isTrue();
      assertThat(disposition.getFilename()).isEqualTo(names.get(i));
      assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"" + names.get(i) + "\"");
      assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
      assertThat(headers.getCacheControl()).contains("no-store");
    }
  }

  @Test
  void aNamedConfidentialReportWithAFileKeepsTheIdentityApartAsAPlainFilingDoes() {
    ResponseEntity<Map<String, Object>> response = lapor(BERNAMA, List.of(VALID.get(0)));

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    String nomor = (String) response.getBody().get("nomor");
    assertThat(jdbc.sql("SELECT rahasia FROM pelapor WHERE nomor = ?").param(nomor).query(Boolean.class).single())
        .isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM laporan_lampiran WHERE nomor = ?").param(nomor).query(Long.class)
        .single()).isEqualTo(1);
  }

  @Test
  void aMultipartFilingWithoutFilesOrWithAFileInputLeftEmptyIsAPlainReport() {
    ResponseEntity<Map<String, Object>> none = lapor(ANONIM, List.of());
    // a browser sends an empty file input as a part with an empty name and no content
    ResponseEntity<Map<String, Object>> emptyInput = lapor(ANONIM,
        List.of(new File("", "application/octet-stream", new byte[0])));

    for (ResponseEntity<Map<String, Object>> response : List.of(none, emptyInput)) {
      assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
      assertThat(nasional.exchange("/api/laporan/" + response.getBody().get("nomor") + "/lampiran", HttpMethod.GET,
          null, LIST).getBody()).isEmpty();
    }
  }

  @Test
  void aFileOfExactlyFiveMegabytesIsAccepted() {
    byte[] big = Berkas.pdf((int) LampiranLaporan.MAKS_UKURAN);
    ResponseEntity<Map<String, Object>> response = lapor(ANONIM, List.of(new File("besar.pdf", "application/pdf", big)));

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    String nomor = (String) response.getBody().get("nomor");
    Map<String, Object> listed = nasional.exchange("/api/laporan/" + nomor + "/lampiran", HttpMethod.GET, null, LIST)
        .getBody().get(0);
    assertThat(nasional.getForEntity("/api/laporan/" + nomor + "/lampiran/" + listed.get("id"), byte[].class)
        .getBody()).isEqualTo(big);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("four files", List.of(VALID.get(0), VALID.get(1), VALID.get(2),
            new File("keempat.pdf", "application/pdf", Berkas.pdf())), "paling banyak 3 berkas"),
        Arguments.of("HTML renamed .pdf", List.of(new File("bukti.pdf", "application/pdf", Berkas.html())),
            "bukan berkas PDF, JPEG atau PNG"),
        Arguments.of("a program renamed .pdf", List.of(VALID.get(1),
            new File("bukti.pdf", "application/pdf", Berkas.exe())), "'bukti.pdf' bukan berkas PDF"),
        Arguments.of("an empty file", List.of(new File("kosong.pdf", "application/pdf", new byte[0])), "kosong"),
        Arguments.of("a file over 5 MB", List.of(new File("besar.pdf", "application/pdf",
            Berkas.pdf((int) LampiranLaporan.MAKS_UKURAN + 1))), "paling besar 5 MB"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedFileRefusesTheFilingNamingTheFieldAndNothingIsStored(String name, List<File> files, String detail) {
    long reportsBefore = reports();
    long filesBefore = storedFiles();

    ResponseEntity<Map<String, Object>> response = lapor(ANONIM, files);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).containsEntry("field", "lampiran");
    assertThat((String) response.getBody().get("detail")).contains(detail);
    assertThat(reports()).isEqualTo(reportsBefore);
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void aRefusedReportStoresNoneOfItsValidFiles() {
    long reportsBefore = reports();
    long filesBefore = storedFiles();
    String anonymousWithAName = """
        {"judul": "Loket tutup", "isi": "Tutup jam 10", "kategori": "PENGADUAN", "anonim": true, "nama": "Sari"}""";

    ResponseEntity<Map<String, Object>> response = lapor(anonymousWithAName, VALID);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "nama");
    assertThat(reports()).isEqualTo(reportsBefore);
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void theFilesAreWrittenInTheIntakesTransactionAndRolledBackWithIt() {
    long reportsBefore = reports();
    long filesBefore = storedFiles();
    byte[] png = Berkas.png();
    List<LampiranLaporan.Berkas> checked = lampiran.periksa(List.of(
        new LampiranLaporan.Kiriman("foto.png", png.length, () -> new ByteArrayInputStream(png))));
    List<String> filed = new ArrayList<>();

    transaction.executeWithoutResult(status -> {
      filed.add(lampiran.terimaDenganLampiran(new LaporanBaru("Jalan rusak", "Berlubang", "PENGADUAN", true, false,
          null, null, null, false), checked).nomor());
      assertThat(jdbc.sql("SELECT COUNT(*) FROM laporan_lampiran WHERE nomor = ?").param(filed.get(0))
          .query(Long.class).single()).as("written inside the transaction").isEqualTo(1);
      // whatever fails after the files were written (a later step of the same transaction)
      status.setRollbackOnly();
    });

    assertThat(jdbc.sql("SELECT COUNT(*) FROM laporan_lampiran WHERE nomor = ?").param(filed.get(0))
        .query(Long.class).single()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(filed.get(0)).count()).isZero();
    assertThat(reports()).isEqualTo(reportsBefore);
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void aNameBeyondAsciiIsOfferedForDownloadAsStored() {
    byte[] png = Berkas.png();
    String nomor = lampiran.terimaDenganLampiran(new LaporanBaru("Jalan rusak", "Berlubang", "PENGADUAN", true, false,
        null, null, null, false), lampiran.periksa(List.of(new LampiranLaporan.Kiriman("Jalan rusak – Médan 路.png",
            png.length, () -> new ByteArrayInputStream(png))))).nomor();
    Map<String, Object> listed = nasional.exchange("/api/laporan/" + nomor + "/lampiran", HttpMethod.GET, null, LIST)
        .getBody().get(0);

    ResponseEntity<byte[]> download = nasional.getForEntity("/api/laporan/" + nomor + "/lampiran/" + listed.get("id"),
        byte[].class);

    assertThat(listed).containsEntry("nama", "Jalan rusak _ Médan 路.png");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Jalan rusak _ Médan 路.png");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''Jalan%20rusak%20_%20M%C3%A9dan%20%E8%B7%AF.png");
    assertThat(download.getBody()).isEqualTo(png);
  }

  @Test
  void theReportPartIsRequiredReadStrictlyAndNoOtherPartIsAccepted() {
    ResponseEntity<Map<String, Object>> missing = lapor(null, List.of(VALID.get(0)));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).containsEntry("field", "laporan");

    ResponseEntity<Map<String, Object>> notJson = lapor("judul=Jalan", List.of());
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody()).containsEntry("field", "laporan");

    ResponseEntity<Map<String, Object>> unknownField = lapor(ANONIM.replace("\"anonim\": true",
        "\"anonim\": true, \"nomor\": \"LPR-2026-000001\""), List.of());
    assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownField.getBody()).containsEntry("field", "nomor");

    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>(multipart(ANONIM, List.of()).getBody());
    parts.add("berkas", new HttpEntity<>(new ByteArrayResource(Berkas.pdf()) {
      @Override
      public String getFilename() {
        return "a.pdf";
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map<String, Object>> otherPart = citizen.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>(parts, headers), JSON);
    assertThat(otherPart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherPart.getBody()).containsEntry("field", "berkas");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "multipart/form-data | --x",
      "multipart/form-data; boundary=x | --x\\r\\nContent-Disposition: form-data; name=\"laporan\"\\r\\n\\r\\n{\"judul\"",
      "multipart/form-data; boundary=x | garbage without any boundary"})
  void aBrokenMultipartBodyIsA400ProblemAndStoresNothing(String contentType, String body) {
    long reportsBefore = reports();
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);

    ResponseEntity<Map<String, Object>> response = citizen.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>(body.replace("\\r\\n", "\r\n"), headers), JSON);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((String) response.getBody().get("detail")).isNotBlank();
    assertThat(reports()).isEqualTo(reportsBefore);
  }

  @Test
  void aControlCharacterInTheQueryOfAMultipartFilingIsRefusedAsInAnyOtherRequest() {
    long reportsBefore = reports();
    ResponseEntity<Map<String, Object>> response = citizen.exchange(java.net.URI.create("/api/laporan?kanal=%01"),
        HttpMethod.POST, multipart(ANONIM, List.of(VALID.get(0))), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "kanal");
    assertThat(reports()).isEqualTo(reportsBefore);
  }

  /** Number of a report with one PDF attached, and the attachment's id. */
  private String[] reportWithAFile() {
    String nomor = (String) lapor(ANONIM, List.of(VALID.get(0))).getBody().get("nomor");
    Object id = nasional.exchange("/api/laporan/" + nomor + "/lampiran", HttpMethod.GET, null, LIST).getBody().get(0)
        .get("id");
    return new String[] {nomor, String.valueOf(id)};
  }

  @Test
  void theFourLaporAdminLevelsAndTheAdministratorsOpenTheFilesOthersDoNot() {
    String[] report = reportWithAFile();
    String list = "/api/laporan/" + report[0] + "/lampiran";
    String file = list + "/" + report[1];

    Map<String, HttpStatus> expected = Map.of(
        "adminNasional", HttpStatus.OK, "adminInstansi", HttpStatus.OK, "adminEselon1", HttpStatus.OK,
        "adminUpt", HttpStatus.OK, "camunda-admin", HttpStatus.OK,
        // they see the report's history, not its files
        "petugasCallCenter", HttpStatus.FORBIDDEN, "manajer", HttpStatus.FORBIDDEN, "auditor", HttpStatus.FORBIDDEN,
        // the report does not exist for them
        "operator", HttpStatus.NOT_FOUND, "frontOffice", HttpStatus.NOT_FOUND);
    expected.forEach((group, status) -> {
      TestRestTemplate member = as("lampiran" + group.replace("-", ""), group);
      assertThat(member.getForEntity(list, String.class).getStatusCode()).as("list as " + group).isEqualTo(status);
      assertThat(member.getForEntity(file, String.class).getStatusCode()).as("file as " + group).isEqualTo(status);
    });
    assertThat(citizen.getForEntity(list, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(citizen.getForEntity(file, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aFileIsFoundOnlyUnderItsOwnReport() {
    String[] one = reportWithAFile();
    String[] other = reportWithAFile();

    assertThat(nasional.getForEntity("/api/laporan/" + other[0] + "/lampiran/" + one[1], String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nasional.getForEntity("/api/laporan/LPR-2026-999999/lampiran", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theTasklistLoginOfAnAdminOpensTheFiles() {
    String[] report = reportWithAFile();
    String password = TestUsers.ensure(processEngine.getIdentityService(), "lampiranTasklist", "adminEselon1");
    WebappSession session = WebappSession.login(citizen, "tasklist", "lampiranTasklist", password);
    assertThat(session.loggedIn()).isTrue();

    ResponseEntity<List<Map<String, Object>>> list = citizen.exchange("/api/laporan/" + report[0] + "/lampiran",
        HttpMethod.GET, new HttpEntity<>(session.json()), LIST);
    ResponseEntity<byte[]> file = citizen.exchange("/api/laporan/" + report[0] + "/lampiran/" + report[1],
        HttpMethod.GET, new HttpEntity<>(session.json()), byte[].class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).singleElement().satisfies(f -> assertThat(f).containsEntry("nama", "Bukti Pembayaran.pdf"));
    assertThat(file.getBody()).isEqualTo(VALID.get(0).bytes());
  }
}
