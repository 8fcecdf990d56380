package id.standarpelayanan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestUsers;
import id.standarpelayanan.security.SecretCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;

/**
 * Generated bad input against every endpoint of the application (Camunda's own API is Camunda's):
 * malformed JSON, wrong JSON types, missing and unknown fields, megabyte strings, control
 * characters, SQL and HTML injection and non-Latin text where only a code or a number belongs.
 * Always a 4xx with a JSON problem that names the field, never a 5xx, and nothing stored.
 */
@JqwikSpringSupport
class BadInputTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings no code, number, phone or id field may take. */
  private static final List<String> HOSTILE = List.of(
      "'; DROP TABLE act_ru_task; --", "1 OR 1=1", "\" OR \"\"=\"", "<script>alert('x')</script>",
      "<img src=x onerror=alert(1)>", "ekstensi\u0000nol", "satu\u001Bdua", "\u202Eevil", "日本語のテキスト",
      "نص عربي", "ꦲꦏ꧀ꦱꦫꦗꦮ", "😀😀😀", "../../etc/passwd", "${jndi:ldap://x/a}", "%00");

  @Autowired
  private TestRestTemplate anonymous;
  @Autowired
  private JdbcClient jdbc;
  @Autowired
  private ProcessEngine engine;

  private String surveiToken;
  private String nomorLaporan;
  private String kodeLaporan;
  private String taskId;
  private String frontOfficePassword;
  private String operatorPassword;

  /** An endpoint taking a JSON body: its valid body, the fields it requires, the fields of free text. */
  record Endpoint(String name, HttpMethod method, Supplier<String> path, Supplier<ObjectNode> valid,
      List<String> required, List<String> freeText, boolean staff) {
  }

  /** Made on first use: Spring injects this instance only once the property runs. */
  private void fixtures() throws Exception {
    if (surveiToken != null) {
      return;
    }
    surveiToken = "uji-" + UUID.randomUUID();
    // only the survey code's hash is stored
    jdbc.sql("INSERT INTO survei_token (token, process_definition_key, process_instance_id, business_key, diterbitkan)"
        + " VALUES (?, 'penerimaanTelepon', 'uji', 'uji', ?)").params(SecretCode.hash(surveiToken), OffsetDateTime.now())
        .update();
    ResponseEntity<String> report = anonymous.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>(laporan().toString(), json()), String.class);
    nomorLaporan = JSON.readTree(report.getBody()).path("nomor").asText();
    kodeLaporan = JSON.readTree(report.getBody()).path("kodeAkses").asText();
    String pi = engine.getRuntimeService().startProcessInstanceByKey("layananInformasiTelepon").getId();
    taskId = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
    frontOfficePassword = TestUsers.ensure(engine.getIdentityService(), "foMasukan", "frontOffice");
    operatorPassword = TestUsers.ensure(engine.getIdentityService(), "opMasukan", "operator");
  }

  /** JSON, with the report's access code (the reporter's key to tanggapan; other endpoints ignore it). */
  private HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (kodeLaporan != null) {
      headers.set("X-Kode-Akses", kodeLaporan);
    }
    return headers;
  }

  private static ObjectNode laporan() {
    return NODES.objectNode().put("judul", "Lampu jalan mati").put("isi", "Sejak seminggu di Jalan Sisingamangaraja")
        .put("kategori", "PENGADUAN").put("anonim", false).put("rahasia", false).put("nama", "Uji Masukan")
        .put("telepon", "0618453744").put("langsungKeInstansi", false);
  }

  private List<Endpoint> endpoints() {
    ObjectNode survei = NODES.objectNode();
    for (String unsur : List.of("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
        "sarana", "pengaduan")) {
      survei.put(unsur, 3);
    }
    return List.of(
        new Endpoint("panggilan", HttpMethod.POST, () -> "/api/panggilan",
            () -> NODES.objectNode().put("nomorPenelepon", "0618453744").put("ekstensi", "0"),
            List.of("nomorPenelepon"), List.of(), true),
        new Endpoint("laporan", HttpMethod.POST, () -> "/api/laporan", BadInputTest::laporan,
            List.of("judul", "isi", "kategori", "nama", "telepon"), List.of("judul", "isi", "nama"), false),
        new Endpoint("tanggapan", HttpMethod.POST, () -> "/api/laporan/" + nomorLaporan + "/tanggapan",
            () -> NODES.objectNode().put("puas", true).put("catatan", "Terima kasih"),
            List.of("puas"), List.of("catatan"), false),
        new Endpoint("survei", HttpMethod.POST, () -> "/api/survei/" + surveiToken, survei::deepCopy,
            List.of("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "sarana",
                "pengaduan"), List.of(), false),
        new Endpoint("penugasan", HttpMethod.POST, () -> "/api/tugas/" + taskId + "/penugasan",
            () -> NODES.objectNode().put("pelaksanaBaru", "foMasukan").put("nomorSuratPenugasan", "800/1/2026"),
            List.of("pelaksanaBaru", "nomorSuratPenugasan"), List.of("nomorSuratPenugasan"), true));
  }

  /** One broken request: the body to send and the field the answer must name (null: none to name). */
  record Broken(String kind, String body, String field) {
  }

  @Provide
  Arbitrary<Integer> endpointIndex() {
    return Arbitraries.integers().between(0, 4);
  }

  @Provide
  Arbitrary<Long> seed() {
    return Arbitraries.longs();
  }

  @Property(tries = 250)
  void everyBrokenBodyIsRefusedWithAProblemNamingTheField(@ForAll("brokenRequests") Map.Entry<Integer, Broken> generated)
      throws Exception {
    fixtures();
    Endpoint endpoint = endpoints().get(generated.getKey());
    Broken broken = generated.getValue();
    Map<String, Long> before = stored();

    ResponseEntity<String> response = send(endpoint, broken.body());
    Statistics.label("endpoint").collect(endpoint.name());
    Statistics.label("jenis").collect(broken.kind().replaceAll(":.*| .*", ""));

    assertThat(response.getStatusCode().is4xxClientError())
        .as("%s %s: %s -> %s %s", endpoint.name(), broken.kind(), abbreviate(broken.body()),
            response.getStatusCode(), response.getBody()).isTrue();
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.path("detail").asText()).as(response.getBody()).isNotBlank();
    if (broken.kind().equals("1 MB")) {
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(413);
    }
    if (broken.field() != null) {
      assertThat(problem.path("field").asText()).as(endpoint.name() + " " + broken.kind() + ": " + response.getBody())
          .isEqualTo(broken.field());
    }
    assertThat(stored()).as("nothing stored").isEqualTo(before);
    Statistics.label("endpoint").coverage(checker -> endpoints().forEach(e ->
        checker.check(e.name()).count(count -> count >= 10)));
  }

  /** A text parameter of a GET or a path: where it goes, who asks, the field a refusal names. */
  record Parameter(String name, String group, java.util.function.Function<String, URI> uri, HttpMethod method,
      String body, String field) {
  }

  private List<Parameter> parameters() {
    java.util.function.BiFunction<String, String, URI> path = (template, value) ->
        UriComponentsBuilder.fromPath(template).buildAndExpand(value).encode().toUri();
    java.util.function.BiFunction<String, Map<String, String>, URI> query = (p, params) -> {
      UriComponentsBuilder builder = UriComponentsBuilder.fromPath(p);
      params.forEach(builder::queryParam);
      return builder.encode().build().toUri();
    };
    String survei = endpoints().get(3).valid().get().toString();
    return List.of(
        new Parameter("nomor laporan", null, v -> path.apply("/api/laporan/{n}", v), HttpMethod.GET, null, null),
        new Parameter("riwayat laporan", "adminNasional", v -> path.apply("/api/laporan/{n}/riwayat", v),
            HttpMethod.GET, null, null),
        new Parameter("identitas pelapor", "adminNasional", v -> path.apply("/api/laporan/{n}/pelapor", v),
            HttpMethod.GET, null, null),
        new Parameter("lampiran laporan", "adminNasional", v -> path.apply("/api/laporan/{n}/lampiran", v),
            HttpMethod.GET, null, null),
        new Parameter("unduh lampiran", "adminNasional", v -> path.apply("/api/laporan/" + nomorLaporan
            + "/lampiran/{id}", v), HttpMethod.GET, null, null),
        new Parameter("kode survei tugas", "frontOffice", v -> path.apply("/api/tugas/{t}/survei", v),
            HttpMethod.GET, null, null),
        new Parameter("kartu survei", "frontOffice", v -> path.apply("/api/survei/cetak/{k}", v),
            HttpMethod.GET, null, null),
        new Parameter("tanggapan laporan", null, v -> path.apply("/api/laporan/{n}/tanggapan", v), HttpMethod.POST,
            "{\"puas\": true}", null),
        new Parameter("token survei", null, v -> path.apply("/api/survei/{t}", v), HttpMethod.POST, survei, null),
        new Parameter("tugas penugasan", "frontOffice", v -> path.apply("/api/tugas/{t}/penugasan", v),
            HttpMethod.POST, "{\"pelaksanaBaru\": \"foMasukan\", \"nomorSuratPenugasan\": \"800/1\"}", null),
        new Parameter("dokumen layanan", "frontOffice", v -> path.apply("/api/informasi/{p}/dokumen-layanan", v),
            HttpMethod.GET, null, null),
        new Parameter("arsip monev", "analisSdm", v -> path.apply("/api/monev/arsip/{id}", v), HttpMethod.GET, null, "id"),
        new Parameter("statistik", "manajer", v -> query.apply("/api/mutu-baku/statistik",
            Map.of("processDefinitionId", v)), HttpMethod.GET, null, null),
        new Parameter("pelanggaran", "manajer", v -> query.apply("/api/mutu-baku/pelanggaran",
            Map.of("processInstanceId", v)), HttpMethod.GET, null, null),
        new Parameter("ikm dari", "manajer", v -> query.apply("/api/survei/ikm", Map.of("dari", v, "sampai", "2026-12-31")),
            HttpMethod.GET, null, "dari"),
        new Parameter("ikm sampai", "manajer", v -> query.apply("/api/survei/ikm", Map.of("dari", "2026-01-01", "sampai", v)),
            HttpMethod.GET, null, "sampai"),
        new Parameter("ekspor dari", "auditor", v -> query.apply("/api/audit/durasi-tugas", Map.of("dari", v)),
            HttpMethod.GET, null, "dari"),
        new Parameter("ekspor format", "auditor", v -> query.apply("/api/audit/durasi-tugas", Map.of("format", v)),
            HttpMethod.GET, null, "format"));
  }

  @Provide
  Arbitrary<String> hostileParameters() {
    // no slash: Tomcat refuses an encoded one in a path before the application sees it
    return Arbitraries.oneOf(Arbitraries.of(HOSTILE).filter(text -> !text.contains("/")),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300)
            .filter(text -> !text.contains("/") && !text.contains("\\") && !text.isBlank() && !text.equals(".")
                && !text.equals("..") && !text.contains(";")
                // a lone surrogate has no UTF-8 form: no client can send it (Java's own fails to encode it)
                && StandardCharsets.UTF_8.newEncoder().canEncode(text)),
        Arbitraries.strings().ofLength(2000).withChars('9'));
  }

  @Property(tries = 200)
  void everyHostileParameterIsRefusedOrNotFoundNeverAnError(@ForAll("parameterIndex") int index,
      @ForAll("hostileParameters") String value) throws Exception {
    fixtures();
    Parameter parameter = parameters().get(index);
    Map<String, Long> before = stored();
    TestRestTemplate client = parameter.group() == null ? anonymous : as(parameter.group());

    ResponseEntity<String> response = client.exchange(parameter.uri().apply(value), parameter.method(),
        new HttpEntity<>(parameter.body(), json()), String.class);
    Statistics.label("parameter").collect(parameter.name());
    assertThat(response.getHeaders().getContentType()).as("%s = %s -> %s %s", parameter.name(), abbreviate(value),
        response.getStatusCode(), response.getBody()).isNotNull()
        .matches(type -> type.getSubtype().endsWith("json"), "JSON");

    assertThat(response.getStatusCode().is4xxClientError())
        .as("%s = %s -> %s %s", parameter.name(), abbreviate(value), response.getStatusCode(), response.getBody()).isTrue();
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.path("detail").asText()).as(response.getBody()).isNotBlank();
    // a NUL in a path is refused by Tomcat itself, before the application could name a field
    if (parameter.field() != null && problem.has("instance")) {
      assertThat(problem.path("field").asText()).as(response.getBody()).isEqualTo(parameter.field());
    }
    assertThat(stored()).as("nothing stored").isEqualTo(before);
  }

  @Provide
  Arbitrary<Integer> parameterIndex() {
    return Arbitraries.integers().between(0, parameters().size() - 1);
  }

  private TestRestTemplate as(String group) {
    String user = "masukan" + group;
    return anonymous.withBasicAuth(user, TestUsers.ensure(engine.getIdentityService(), user, group));
  }

  /**
   * Free text is the citizen's own words: injection strings and any script are stored exactly as
   * written (and so are harmless), never interpreted, never an error.
   */
  @Property(tries = 40)
  void freeTextIsKeptVerbatimWhateverItSays(@ForAll("freeText") String text, @ForAll("laporanField") String field)
      throws Exception {
    fixtures();
    ObjectNode body = laporan().put(field, text);

    ResponseEntity<String> response = anonymous.exchange("/api/laporan", HttpMethod.POST,
        new HttpEntity<>(body.toString(), json()), String.class);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    String nomor = JSON.readTree(response.getBody()).path("nomor").asText();
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nomor)
        .singleResult().getId();
    Object stored = field.equals("nama")
        ? jdbc.sql("SELECT nama FROM pelapor WHERE nomor = ?").param(nomor).query(String.class).single()
        : engine.getRuntimeService().getVariable(pi, field);
    assertThat(stored).isEqualTo(text.strip());
    assertThat(engine.getTaskService().createTaskQuery().count()).isPositive();
  }

  @Provide
  Arbitrary<String> laporanField() {
    return Arbitraries.of("judul", "isi", "nama");
  }

  @Provide
  Arbitrary<String> freeText() {
    return Arbitraries.oneOf(Arbitraries.of(HOSTILE).filter(text -> !TextInput.CONTROL.matcher(text).find()),
        Arbitraries.strings().withCharRange('\u0100', '\uFFFD').ofMinLength(1).ofMaxLength(150)
            .filter(text -> !text.isBlank() && !TextInput.CONTROL.matcher(text).find()
                && text.chars().noneMatch(c -> Character.isSurrogate((char) c))));
  }

  @Provide
  Arbitrary<Map.Entry<Integer, Broken>> brokenRequests() {
    return endpointIndex().flatMap(index -> broken(endpoints().get(index)).map(b -> Map.entry(index, b)));
  }

  private Arbitrary<Broken> broken(Endpoint endpoint) {
    ObjectNode valid = endpoint.valid().get();
    List<String> fields = iterable(valid);
    Arbitrary<String> field = Arbitraries.of(fields);
    Arbitrary<Broken> malformed = Arbitraries.integers().between(0, valid.toString().length() - 1)
        .map(cut -> new Broken("JSON rusak", valid.toString().substring(0, cut), null));
    Arbitrary<Broken> notAnObject = Arbitraries.of("[]", "42", "\"teks\"", "true", "null", "{\"a\":", "{'judul': 1}")
        .map(body -> new Broken("bukan objek", body, null));
    Arbitrary<Broken> wrongType = Combinators.combine(field, Arbitraries.integers().between(0, 4))
        .as((name, choice) -> {
          ObjectNode body = valid.deepCopy();
          JsonNode original = valid.get(name);
          switch (choice) {
            case 0 -> body.set(name, original.isNumber() ? NODES.textNode("3") : NODES.numberNode(42));
            case 1 -> body.set(name, original.isBoolean() ? NODES.textNode("true") : NODES.booleanNode(true));
            case 2 -> body.set(name, NODES.arrayNode().add(original));
            case 3 -> body.set(name, NODES.objectNode().set("nilai", original));
            default -> body.set(name, original.isNumber() ? NODES.numberNode(3.5) : NODES.numberNode(-1.25));
          }
          return new Broken("jenis salah", body.toString(), name);
        });
    Arbitrary<Broken> missing = Arbitraries.of(endpoint.required()).map(name -> {
      ObjectNode body = valid.deepCopy();
      body.remove(name);
      return new Broken("tanpa " + name, body.toString(), name);
    });
    Arbitrary<Broken> extra = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
        .filter(name -> !fields.contains(name))
        .map(name -> new Broken("medan tambahan", valid.deepCopy().put(name, "x").toString(), name));
    List<String> textual = fields.stream().filter(name -> valid.get(name).isTextual()).toList();
    List<String> codes = textual.stream().filter(name -> !endpoint.freeText().contains(name)).toList();
    List<Arbitrary<Broken>> kinds = new java.util.ArrayList<>(List.of(malformed, notAnObject, wrongType, missing, extra));
    if (!textual.isEmpty()) {
      // a megabyte, which no field takes, or a control character inside otherwise valid text
      kinds.add(Combinators.combine(Arbitraries.of(textual), Arbitraries.of(true, false)).as((name, megabyte) -> {
        ObjectNode body = valid.deepCopy().put(name, megabyte ? "A".repeat(1 << 20) : valid.get(name).asText() + "\u0007");
        // a megabyte body is over every endpoint's body limit: 413 before it is parsed, no field to name
        return new Broken(megabyte ? "1 MB" : "karakter kendali", body.toString(), megabyte ? null : name);
      }));
    }
    if (!codes.isEmpty()) {
      // injection and foreign text where only a code, a number or an id belongs
      kinds.add(Combinators.combine(Arbitraries.of(codes), Arbitraries.of(HOSTILE)).as((name, text) ->
          new Broken("teks asing: " + text, valid.deepCopy().put(name, text).toString(), name)));
    }
    Arbitrary<Broken> numberOutOfRange = endpoint.name().equals("survei")
        ? Combinators.combine(field, Arbitraries.of(0, 5, -1, Integer.MAX_VALUE)).as((name, score) ->
            new Broken("di luar 1-4", valid.deepCopy().put(name, score).toString(), name))
        : malformed;
    kinds.add(numberOutOfRange);
    return Arbitraries.oneOf(kinds);
  }

  private static List<String> iterable(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private ResponseEntity<String> send(Endpoint endpoint, String body) {
    TestRestTemplate client = endpoint.staff() ? anonymous.withBasicAuth("foMasukan", frontOfficePassword) : anonymous;
    if (endpoint.name().equals("panggilan")) {
      client = anonymous.withBasicAuth("opMasukan", operatorPassword);
    }
    return client.exchange(URI.create(endpoint.path().get()), endpoint.method(), new HttpEntity<>(body, json()),
        String.class);
  }

  /** What a refused request must not have changed. */
  private Map<String, Long> stored() {
    return Map.of(
        "proses", engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
        "variabel", engine.getHistoryService().createHistoricVariableInstanceQuery().count(),
        "pelapor", jdbc.sql("SELECT count(*) FROM pelapor").query(Long.class).single(),
        "survei", jdbc.sql("SELECT count(*) FROM survei_jawaban").query(Long.class).single(),
        "tokenDipakai", jdbc.sql("SELECT count(*) FROM survei_token WHERE dipakai IS NOT NULL").query(Long.class).single(),
        "penugasan", (long) engine.getHistoryService().createUserOperationLogQuery().count());
  }

  /** A query parameter of {@code /engine-rest}: where it goes, beside which valid parameters. */
  record EngineParameter(String path, String name, Map<String, String> beside) {
  }

  private static final List<EngineParameter> ENGINE_PARAMETERS = List.of(
      new EngineParameter("/engine-rest/task", "maxResults", Map.of()),
      new EngineParameter("/engine-rest/task", "firstResult", Map.of()),
      new EngineParameter("/engine-rest/task", "sortBy", Map.of("sortOrder", "asc")),
      new EngineParameter("/engine-rest/task", "sortOrder", Map.of("sortBy", "created")),
      new EngineParameter("/engine-rest/task", "dueBefore", Map.of()),
      new EngineParameter("/engine-rest/task", "createdAfter", Map.of()),
      new EngineParameter("/engine-rest/process-instance", "maxResults", Map.of()),
      new EngineParameter("/engine-rest/history/process-instance", "startedAfter", Map.of()),
      new EngineParameter("/engine-rest/history/process-instance", "firstResult", Map.of()),
      new EngineParameter("/engine-rest/history/task", "sortBy", Map.of("sortOrder", "desc")),
      new EngineParameter("/engine-rest/history/variable-instance", "maxResults", Map.of()),
      new EngineParameter("/engine-rest/process-definition", "sortOrder", Map.of("sortBy", "name")));

  @Provide
  Arbitrary<Integer> engineParameterIndex() {
    return Arbitraries.integers().between(0, ENGINE_PARAMETERS.size() - 1);
  }

  /** Values no paging, sorting or date parameter accepts: out of range, badly formed, hostile. */
  @Provide
  Arbitrary<String> invalidEngineValues() {
    return Arbitraries.oneOf(
        Arbitraries.of("-5", "-1", "-2147483648", "2147483648", "99999999999", "1.5", "1e3", " 5", "0x10", "NaN",
            "2026-13-45T00:00:00.000+0700", "kemarin", "2026-02-30T25:61:00", "' OR 1=1 --", "created; DROP TABLE x"),
        Arbitraries.integers().lessOrEqual(-1).map(String::valueOf),
        hostileParameters().filter(text -> !text.strip().isEmpty() && !text.matches("[0-9]+|[A-Za-z]+")));
  }

  @Property(tries = 150)
  void engineRestQueryParametersAreRefused4xxNeverAnError(@ForAll("engineParameterIndex") int index,
      @ForAll("invalidEngineValues") String value) {
    EngineParameter parameter = ENGINE_PARAMETERS.get(index);
    UriComponentsBuilder builder = UriComponentsBuilder.fromPath(parameter.path()).queryParam(parameter.name(), value);
    parameter.beside().forEach(builder::queryParam);

    ResponseEntity<String> response = as("operator").getForEntity(builder.encode().build().toUri(), String.class);
    Statistics.label("parameter").collect(parameter.path() + " " + parameter.name());

    assertThat(response.getStatusCode().is4xxClientError()).as("%s %s = %s -> %s %s", parameter.path(),
        parameter.name(), abbreviate(value), response.getStatusCode(), response.getBody()).isTrue();
    if (response.getHeaders().getContentType() != null
        && response.getHeaders().getContentType().getSubtype().endsWith("json")) {
      assertThat(response.getBody()).contains("\"message\"");
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " karakter)" : text;
  }
}
