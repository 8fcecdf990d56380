package id.standarpelayanan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.lapor.LaporanBaru;
import id.standarpelayanan.lapor.PenerimaanLaporan;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.WebappSession;
import id.standarpelayanan.security.AuthorizationTable.Grant;

/**
 * Every row of {@link AuthorizationTable}, one permission at a time: a member of the row's group
 * makes a call that needs exactly that permission and gets it; a member of a group the table does
 * not grant it to makes the same call and is refused. Where the engine checks the permission it
 * answers 403; where it filters a query instead (history, users, groups) the forbidden caller gets
 * 404 or nothing, and never the data. No staff group may read the user list: only the
 * administrators, who manage it (issue 17).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTableTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The answers a call can get, from the caller's point of view. */
  enum Outcome { ALLOWED, REFUSED, HIDDEN }

  /** Valid start variables for each process, as Camunda REST JSON. */
  private static final Map<String, String> START = Map.of(
      "penerimaanTelepon", "{\"nomorPenelepon\":{\"value\":\"0618453744\"},\"ekstensi\":{\"value\":\"0\"}}",
      "pengaduanLapor", "{\"judul\":{\"value\":\"Lampu jalan mati\"},\"isi\":{\"value\":\"Sejak seminggu\"},"
          + "\"kategori\":{\"value\":\"PENGADUAN\"},\"anonim\":{\"value\":false},\"rahasia\":{\"value\":false},"
          + "\"langsungKeInstansi\":{\"value\":false}}");

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private PenerimaanLaporan penerimaan;

  /** One running instance of every process, and its first task, to read and to be refused. */
  private final Map<String, String> instanceOf = new HashMap<>();
  private final Map<String, String> taskOf = new HashMap<>();
  private final List<String> startedByProbes = new ArrayList<>();

  @BeforeAll
  void oneInstanceOfEveryProcess() throws Exception {
    for (String key : List.of("penerimaanTelepon", "layananInformasiTelepon", "callCenter", "kesiapanCallCenter",
        "pengaduanLapor", "pemantauanEvaluasi")) {
      Map<String, Object> variables = new HashMap<>();
      JsonNode start = JSON.readTree(START.getOrDefault(key, "{}"));
      start.fields().forEachRemaining(v -> variables.put(v.getKey(),
          v.getValue().get("value").isBoolean() ? v.getValue().get("value").asBoolean() : v.getValue().get("value").asText()));
      // a report starts only from the intake (lapor.LaporanDariIntake)
      String pi = key.equals("pengaduanLapor")
          ? penerimaan.terima(new LaporanBaru("Lampu jalan mati", "Sejak seminggu", "PENGADUAN", true, false, null, null,
              null, false), "WEB", Map.of()).processInstanceId()
          : processEngine.getRuntimeService().startProcessInstanceByKey(key, variables).getId();
      instanceOf.put(key, pi);
      processEngine.getTaskService().createTaskQuery().processInstanceId(pi).list().stream().findFirst()
          .ifPresent(task -> taskOf.put(key, task.getId()));
    }
  }

  private String nomorLaporan;

  @BeforeAll
  void oneReportFromTheSite() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> report = anonymous.exchange("/api/laporan", HttpMethod.POST, new HttpEntity<>(
        "{\"judul\": \"Trotoar rusak\", \"isi\": \"Berlubang\", \"kategori\": \"PENGADUAN\", \"anonim\": false,"
            + " \"nama\": \"Uji Tabel\", \"telepon\": \"0618453744\"}", headers), String.class);
    assertThat(report.getStatusCode().is2xxSuccessful()).as(report.getBody()).isTrue();
    nomorLaporan = JSON.readTree(report.getBody()).path("nomor").asText();
    instanceOf.put("laporanDariSitus", processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(nomorLaporan).singleResult().getId());
  }

  private long arsipMonev;

  @Autowired
  private org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeAll
  void oneArchivedMonevReport() {
    arsipMonev = jdbc.queryForObject("""
        INSERT INTO arsip_laporan_monev (nomor, process_instance_id, periode_dari, periode_sampai, html, sha256,
          ditandatangani_oleh, ditandatangani_pada)
        VALUES ('MONEV-UJI-TABEL', 'tabel', DATE '2026-01-01', DATE '2026-03-31', '<p>uji</p>', 'x', 'tabel', now())
        RETURNING id""", Long.class);
  }

  @AfterAll
  void removeTheArchivedMonevReport() {
    jdbc.update("DELETE FROM arsip_laporan_monev WHERE id = ?", arsipMonev);
  }

  /** A 403 of the least-privilege checks is a JSON problem in Bahasa Indonesia. */
  private static Outcome refusedInIndonesian(ResponseEntity<String> response) {
    if (response.getStatusCode().value() == 403) {
      assertThat(response.getHeaders().getContentType().toString()).contains("json");
      assertThat(response.getBody()).contains("hanya untuk");
    }
    return outcome(response);
  }

  private String laporanBerlampiran;
  private String idLampiran;

  @BeforeAll
  void oneReportWithAnAttachment() throws Exception {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    HttpHeaders pdf = new HttpHeaders();
    pdf.setContentType(MediaType.APPLICATION_PDF);
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("laporan", new HttpEntity<>("{\"judul\": \"Trotoar rusak\", \"isi\": \"Berlubang\","
        + " \"kategori\": \"PENGADUAN\", \"anonim\": true}", json));
    parts.add("lampiran", new HttpEntity<>(new ByteArrayResource("%PDF-1.7\n%%EOF\n".getBytes()) {
      @Override
      public String getFilename() {
        return "foto.pdf";
      }
    }, pdf));
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> report = anonymous.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>(parts, multipart), String.class);
    assertThat(report.getStatusCode().is2xxSuccessful()).as(report.getBody()).isTrue();
    laporanBerlampiran = JSON.readTree(report.getBody()).path("nomor").asText();
    instanceOf.put("laporanBerlampiran", processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(laporanBerlampiran).singleResult().getId());
    idLampiran = JSON.readTree(as("adminNasional").getForEntity("/api/laporan/" + laporanBerlampiran + "/lampiran",
        String.class).getBody()).path(0).path("id").asText();
  }

  @AfterAll
  void removeInstances() {
    instanceOf.values().forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi, "uji", true, true));
  }

  @AfterEach
  void removeInstancesStartedByProbes() {
    startedByProbes.forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi, "uji", true, true));
    startedByProbes.clear();
  }

  static Stream<Arguments> rows() {
    return AuthorizationTable.grants().stream().flatMap(grant -> grant.permissions().stream()
        .map(permission -> Arguments.of(grant.group() + " " + permission.getName() + " "
            + resourceName(grant.resource()) + ":" + grant.resourceId(), grant, permission)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theGroupMayAndAGroupWithoutTheGrantMayNot(String row, Grant grant, Permission permission) {
    String target = target(grant);
    Probe probe = probe(grant.resource(), permission, target);
    String outsider = outsider(grant.resource(), permission, target);

    assertThat(probe.call().apply(grant.group())).as(row + " as " + grant.group()).isEqualTo(Outcome.ALLOWED);
    assertThat(probe.call().apply(outsider)).as(row + " as " + outsider).isEqualTo(probe.forbidden());
  }

  /**
   * The application's own endpoints, which rest on the same table: who may, who may not, and how
   * the refusal looks (403 where the endpoint checks the group, 404 where the engine hides the data).
   */
  static Stream<Arguments> endpoints() {
    return Stream.of(
        Arguments.of("ekspor durasi tugas", "audit", "auditor", "manajer", Outcome.REFUSED),
        Arguments.of("statistik mutu baku", "statistik", "manajer", "adminUpt", Outcome.HIDDEN),
        Arguments.of("pelanggaran satu panggilan", "pelanggaran", "operator", "adminUpt", Outcome.HIDDEN),
        Arguments.of("dokumen layanan informasi", "dokumen", "frontOffice", "operator", Outcome.HIDDEN),
        Arguments.of("penugasan tugas", "penugasan", "frontOffice", "backOffice", Outcome.HIDDEN),
        Arguments.of("riwayat laporan", "riwayat", "adminNasional", "operator", Outcome.HIDDEN),
        Arguments.of("identitas pelapor", "pelapor", "adminInstansi", "petugasCallCenter", Outcome.REFUSED),
        Arguments.of("daftar lampiran laporan", "lampiran", "adminUpt", "operator", Outcome.HIDDEN),
        Arguments.of("daftar lampiran laporan", "lampiran", "adminEselon1", "petugasCallCenter", Outcome.REFUSED),
        Arguments.of("unduh lampiran laporan", "unduhLampiran", "adminInstansi", "manajer", Outcome.REFUSED),
        Arguments.of("unduh lampiran laporan", "unduhLampiran", "adminNasional", "frontOffice", Outcome.HIDDEN),
        Arguments.of("kartu kode QR survei", "kartuQr", "frontOffice", "adminUpt", Outcome.HIDDEN),
        Arguments.of("arsip laporan monev", "arsipMonev", "manajer", "operator", Outcome.REFUSED),
        Arguments.of("arsip laporan monev", "arsipMonev", "auditor", "frontOffice", Outcome.REFUSED),
        Arguments.of("arsip laporan monev", "arsipMonev", "analisSdm", "adminUpt", Outcome.REFUSED),
        Arguments.of("arsip laporan monev", "arsipMonev", "kepalaBidang", "petugasCallCenter", Outcome.REFUSED),
        Arguments.of("arsip laporan monev", "arsipMonev", "bagianTataUsaha", "ppt", Outcome.REFUSED),
        Arguments.of("arsip laporan monev", "arsipMonev", "camunda-admin", "bidangMutasiStatus", Outcome.REFUSED),
        Arguments.of("indeks kepuasan", "ikm", "manajer", "operator", Outcome.REFUSED),
        Arguments.of("indeks kepuasan", "ikm", "auditor", "frontOffice", Outcome.REFUSED),
        Arguments.of("indeks kepuasan", "ikm", "analisSdm", "bagianTataUsaha", Outcome.REFUSED),
        Arguments.of("indeks kepuasan", "ikm", "kepalaBidang", "adminNasional", Outcome.REFUSED),
        Arguments.of("indeks kepuasan", "ikm", "camunda-admin", "petugasCallCenter", Outcome.REFUSED));
  }

  @ParameterizedTest(name = "{0}: {2} ya, {3} tidak")
  @MethodSource("endpoints")
  void theApplicationsOwnEndpointsFollowTheTable(String name, String endpoint, String allowed, String forbidden,
      Outcome refusal) {
    assertThat(endpoint(endpoint, allowed)).as(name + " as " + allowed).isEqualTo(Outcome.ALLOWED);
    assertThat(endpoint(endpoint, forbidden)).as(name + " as " + forbidden).isEqualTo(refusal);
  }

  private Outcome endpoint(String endpoint, String group) {
    return switch (endpoint) {
      case "audit" -> get(as(group), "/api/audit/durasi-tugas?dari=2026-01-01&sampai=2026-01-02");
      case "statistik" -> get(as(group), "/api/mutu-baku/statistik?processDefinitionId=" + definitionId("penerimaanTelepon"));
      case "pelanggaran" -> get(as(group), "/api/mutu-baku/pelanggaran?processInstanceId="
          + instanceOf.get("penerimaanTelepon"));
      case "dokumen" -> get(as(group), "/api/informasi/" + instanceOf.get("layananInformasiTelepon") + "/dokumen-layanan");
      case "penugasan" -> {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        yield outcome(as(group).exchange("/api/tugas/" + taskOf.get("layananInformasiTelepon") + "/penugasan",
            HttpMethod.POST, new HttpEntity<>("{\"nomorSuratPenugasan\": \"800/12/2026\", \"pelaksanaBaru\": \""
                + userOf("frontOffice") + "\"}", headers), String.class));
      }
      case "riwayat" -> get(as(group), "/api/laporan/" + nomorLaporan + "/riwayat");
      case "pelapor" -> get(as(group), "/api/laporan/" + nomorLaporan + "/pelapor");
      case "lampiran" -> get(as(group), "/api/laporan/" + nomorLaporan + "/lampiran");
      case "unduhLampiran" -> get(as(group), "/api/laporan/" + laporanBerlampiran + "/lampiran/" + idLampiran);
      case "kartuQr" -> get(as(group), "/api/survei/cetak/layananInformasiTelepon");
      case "arsipMonev" -> refusedInIndonesian(as(group).getForEntity("/api/monev/arsip/" + arsipMonev, String.class));
      case "ikm" -> refusedInIndonesian(as(group).getForEntity("/api/survei/ikm?dari=2026-01-01&sampai=2026-03-31",
          String.class));
      default -> throw new AssertionError(endpoint);
    };
  }

  /** The call and how the engine answers a caller without the permission. */
  record Probe(Function<String, Outcome> call, Outcome forbidden) {
  }

  private Probe probe(Resource resource, Permission permission, String target) {
    String type = resourceName(resource) + "/" + permission.getName();
    return switch (type) {
      case "APPLICATION/ACCESS" -> new Probe(group -> login(group, target), Outcome.REFUSED);
      case "PROCESS_INSTANCE/CREATE", "PROCESS_DEFINITION/CREATE_INSTANCE" ->
          new Probe(group -> start(as(group), target), Outcome.REFUSED);
      case "PROCESS_DEFINITION/READ" -> new Probe(group -> get(as(group), "/engine-rest/process-definition/"
          + definitionId(target) + "/xml"), Outcome.REFUSED);
      case "PROCESS_DEFINITION/READ_INSTANCE" -> new Probe(group -> get(as(group), "/engine-rest/process-instance/"
          + instanceOf.get(target) + "/variables"), Outcome.REFUSED);
      case "PROCESS_DEFINITION/READ_HISTORY" -> new Probe(group -> get(as(group), "/engine-rest/history/process-instance/"
          + instanceOf.get(target)), Outcome.HIDDEN);
      case "PROCESS_DEFINITION/READ_TASK" -> new Probe(group -> get(as(group), "/engine-rest/task/"
          + taskOf.get(target) + "/variables"), Outcome.REFUSED);
      case "DECISION_DEFINITION/READ" -> new Probe(group -> get(as(group), "/engine-rest/decision-definition/"
          + processEngine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(target)
              .latestVersion().singleResult().getId()), Outcome.REFUSED);
      case "DECISION_DEFINITION/READ_HISTORY" -> new Probe(group -> count(as(group),
          "/engine-rest/history/decision-instance/count?decisionDefinitionKey=" + target), Outcome.HIDDEN);
      case "DEPLOYMENT/READ" -> new Probe(group -> get(as(group), "/engine-rest/deployment/"
          + processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("penerimaanTelepon")
              .latestVersion().singleResult().getDeploymentId() + "/resources"), Outcome.REFUSED);
      case "USER/READ" -> new Probe(group -> get(as(group), "/engine-rest/user/" + userOf("operator") + "/profile"),
          Outcome.HIDDEN);
      case "GROUP/READ" -> new Probe(group -> get(as(group), "/engine-rest/group/operator"), Outcome.HIDDEN);
      default -> throw new AssertionError("No probe for " + type + ": add one when the table grows");
    };
  }

  static Stream<String> staffGroups() {
    return Stream.concat(AuthorizationTable.PROCESSES_OF_GROUP.keySet().stream().sorted(), Stream.of("manajer", "auditor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("staffGroups")
  void staffSeeNoUserButThemselves(String group) throws Exception {
    assertThat(AuthorizationTable.grants()).noneMatch(grant -> grant.resource() == Resources.USER);
    TestRestTemplate staff = as(group);
    ResponseEntity<String> list = staff.getForEntity("/engine-rest/user?maxResults=1000", String.class);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(list.getBody()).forEach(user -> ids.add(user.path("id").asText()));
    assertThat(ids).isSubsetOf(userOf(group));
    assertThat(JSON.readTree(staff.getForObject("/engine-rest/user/count", String.class)).path("count").asLong())
        .isLessThanOrEqualTo(1);
    assertThat(get(staff, "/engine-rest/user/admin/profile")).isEqualTo(Outcome.HIDDEN);

    TestRestTemplate admin = anonymous.withBasicAuth("tabelAdmin",
        TestUsers.ensure(processEngine.getIdentityService(), "tabelAdmin", org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN));
    assertThat(get(admin, "/engine-rest/user/" + userOf(group) + "/profile")).isEqualTo(Outcome.ALLOWED);
    assertThat(JSON.readTree(admin.getForObject("/engine-rest/user/count", String.class)).path("count").asLong())
        .isGreaterThan(1);
  }

  /** Tasklist without the user list: the own profile, the candidate group's name, claiming. */
  @org.junit.jupiter.api.Test
  void tasklistStillWorksForStaff() throws Exception {
    String user = userOf("frontOffice");
    WebappSession session = WebappSession.login(anonymous, "tasklist", user,
        TestUsers.ensure(processEngine.getIdentityService(), user, "frontOffice"));
    assertThat(session.loggedIn()).isTrue();
    String api = "/camunda/api/engine/engine/default";
    String task = taskOf.get("layananInformasiTelepon");
    String candidate = processEngine.getTaskService().getIdentityLinksForTask(task).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    assertThat(anonymous.exchange(api + "/user/" + user + "/profile", HttpMethod.GET, new HttpEntity<>(session.json()),
        String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(anonymous.exchange(api + "/group/" + candidate, HttpMethod.GET, new HttpEntity<>(session.json()),
        String.class).getStatusCode().value()).isEqualTo(200);
    String previous = processEngine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee();
    processEngine.getTaskService().setAssignee(task, null);
    try {
      assertThat(anonymous.exchange(api + "/task/" + task + "/claim", HttpMethod.POST,
          new HttpEntity<>("{\"userId\": \"" + user + "\"}", session.json()), String.class).getStatusCode().value())
          .isEqualTo(204);
      JsonNode claimed = JSON.readTree(anonymous.exchange(api + "/task/" + task, HttpMethod.GET,
          new HttpEntity<>(session.json()), String.class).getBody());
      assertThat(claimed.path("assignee").asText()).isEqualTo(user);
    } finally {
      processEngine.getTaskService().setAssignee(task, previous);
    }
  }

  /** The concrete thing a row is probed on: its own id, or for ANY a process or decision of the table. */
  private static String target(Grant grant) {
    if (!grant.resourceId().equals(ANY)) {
      return grant.resourceId();
    }
    if (grant.resource() == Resources.DECISION_DEFINITION) {
      return "routingEkstensi";
    }
    if (grant.resource() == Resources.PROCESS_INSTANCE) {
      return AuthorizationTable.PROCESSES_OF_GROUP.get(grant.group()).get(0);
    }
    return "pengaduanLapor";
  }

  /** The first group of the table that is not granted the permission on the target (never the admins). */
  private static String outsider(Resource resource, Permission permission, String target) {
    Stream<String> groups = Stream.concat(AuthorizationTable.PROCESSES_OF_GROUP.keySet().stream().sorted(),
        Stream.of("manajer", "auditor"));
    return groups.filter(group -> !granted(group, resource, permission, target))
        .findFirst().orElseThrow(() -> new AssertionError("Every group may " + permission + " on " + target));
  }

  private static boolean granted(String group, Resource resource, Permission permission, String target) {
    return AuthorizationTable.grants().stream().anyMatch(grant -> grant.group().equals(group)
        && grant.resource().resourceType() == resource.resourceType()
        && (grant.resourceId().equals(ANY) || grant.resourceId().equals(target))
        && grant.permissions().contains(permission));
  }

  private static String resourceName(Resource resource) {
    return ((Resources) resource).name();
  }

  private String userOf(String group) {
    // user ids are letters and digits only (camunda-admin has a hyphen)
    String user = "tabel" + group.replace("-", "");
    TestUsers.ensure(processEngine.getIdentityService(), user, group);
    return user;
  }

  private TestRestTemplate as(String group) {
    return anonymous.withBasicAuth(userOf(group), TestUsers.ensure(processEngine.getIdentityService(), userOf(group), group));
  }

  private String definitionId(String key) {
    return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
  }

  private static Outcome outcome(ResponseEntity<String> response) {
    int status = response.getStatusCode().value();
    if (response.getStatusCode().is2xxSuccessful()) {
      return Outcome.ALLOWED;
    }
    if (status == 403) {
      return Outcome.REFUSED;
    }
    if (status == 404) {
      return Outcome.HIDDEN;
    }
    throw new AssertionError("Unexpected " + status + ": " + response.getBody());
  }

  private static Outcome get(TestRestTemplate client, String path) {
    return outcome(client.getForEntity(path, String.class));
  }

  private static Outcome count(TestRestTemplate client, String path) {
    ResponseEntity<String> response = client.getForEntity(path, String.class);
    try {
      return outcome(response) == Outcome.ALLOWED && JSON.readTree(response.getBody()).path("count").asLong() == 0
          ? Outcome.HIDDEN : outcome(response);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private Outcome start(TestRestTemplate client, String processKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = client.exchange("/engine-rest/process-definition/" + definitionId(processKey)
        + "/start", HttpMethod.POST, new HttpEntity<>("{\"variables\":" + START.getOrDefault(processKey, "{}") + "}",
            headers), String.class);
    if (response.getStatusCode().is2xxSuccessful()) {
      try {
        startedByProbes.add(JSON.readTree(response.getBody()).path("id").asText());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    return outcome(response);
  }

  private Outcome login(String group, String app) {
    String password = TestUsers.ensure(processEngine.getIdentityService(), userOf(group), group);
    return outcome(WebappSession.login(anonymous, app, userOf(group), password).loginResponse());
  }
}
