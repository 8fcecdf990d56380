package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelLintTest {

  private static final Path MODELS = Path.of("bpmn");
  private final ModelLint lint = new ModelLint(Path.of("forms"));

  static Stream<Path> models() throws IOException {
    return Files.list(MODELS).sorted();
  }

  @Test
  void everyProcessOfTheSpecHasItsModel() throws IOException {
    try (Stream<Path> files = models()) {
      List<String> names = files.map(path -> path.getFileName().toString()).toList();
      assertThat(names).contains("penerimaan-telepon.bpmn", "routing-ekstensi.dmn",
          "layanan-informasi-telepon.bpmn", "call-center.bpmn", "kesiapan-call-center.bpmn",
          "pengaduan-lapor.bpmn", "pemantauan-evaluasi.bpmn", "jadwal-pemantauan-evaluasi.bpmn");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void modelKeepsTheHouseRules(Path model) throws IOException {
    assertThat(lint.check(model)).isEmpty();
  }

  @Test
  void lintCatchesABrokenModel() {
    String broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="penerimaanTelepon" isExecutable="true">
            <bpmn:startEvent id="mulai" />
            <bpmn:userTask id="terimaPanggilan" />
            <bpmn:serviceTask id="kerjakan" camunda:class="x.Y" />
            <bpmn:exclusiveGateway id="pilih" />
            <bpmn:endEvent id="a" />
            <bpmn:endEvent id="b" />
            <bpmn:sequenceFlow id="f1" sourceRef="mulai" targetRef="terimaPanggilan" />
            <bpmn:sequenceFlow id="f2" sourceRef="terimaPanggilan" targetRef="kerjakan" />
            <bpmn:sequenceFlow id="f3" sourceRef="kerjakan" targetRef="pilih" />
            <bpmn:sequenceFlow id="f4" sourceRef="pilih" targetRef="a" />
            <bpmn:sequenceFlow id="f5" sourceRef="pilih" targetRef="b" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    List<String> problems = lint.checkBpmn("penerimaan-telepon.bpmn", broken);

    assertThat(problems).anyMatch(p -> p.contains("no historyTimeToLive"))
        .anyMatch(p -> p.contains("terimaPanggilan has no diagram shape"))
        .anyMatch(p -> p.contains("f1 has no diagram edge"))
        .anyMatch(p -> p.contains("terimaPanggilan has no candidate group"))
        .anyMatch(p -> p.contains("terimaPanggilan has no Camunda Form"))
        .anyMatch(p -> p.contains("kerjakan must use a delegate expression"))
        .anyMatch(p -> p.contains("branch f4 of pilih has no name"))
        .anyMatch(p -> p.contains("step terimaPanggilan needs a mutu baku timer of PT1M"))
        .anyMatch(p -> p.contains("step berikanJawaban needs a mutu baku timer of PT10M"));
  }

  @Test
  void lintCatchesAWrongFileNameAndUnknownProcess() {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="prosesLain" isExecutable="true" camunda:historyTimeToLive="P1D" />
        </bpmn:definitions>
        """;

    assertThat(lint.checkBpmn("penerimaan-telepon.bpmn", model))
        .anyMatch(p -> p.contains("should be penerimaanTelepon"))
        .anyMatch(p -> p.contains("not a process of the spec"));
  }

  @Test
  void kebabFileNamesBecomeProcessKeys() {
    assertThat(ModelLint.camelCase("penerimaan-telepon")).isEqualTo("penerimaanTelepon");
    assertThat(ModelLint.camelCase("layanan-informasi-telepon")).isEqualTo("layananInformasiTelepon");
  }
}
