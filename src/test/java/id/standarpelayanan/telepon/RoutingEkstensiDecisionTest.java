package id.standarpelayanan.telepon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collections;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of {@code routingEkstensi}, evaluated by the DMN engine on the deployed file. */
class RoutingEkstensiDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = RoutingEkstensiDecisionTest.class.getResourceAsStream("/bpmn/routing-ekstensi.dmn")) {
      decision = dmn.parseDecision("routingEkstensi", model);
    }
  }

  private static String route(String ekstensi) {
    Map<String, Object> input = Collections.singletonMap("ekstensi", ekstensi);
    return dmn.evaluateDecisionTable(decision, input).getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  // the voice menu of seed 000 (SP-PT-03), one row per extension
  @CsvFileSource(resources = "/telepon/menu-ekstensi.csv", numLinesToSkip = 1)
  void menuExtensionRoutesToItsUnit(String ekstensi, String unit) {
    assertThat(route(ekstensi)).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"999", "1", "00", "102 ", "*", "#"})
  void unknownExtensionRoutesToOperator(String ekstensi) {
    assertThat(route(ekstensi)).isEqualTo("operator");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingExtensionRoutesToOperator(String ekstensi) {
    assertThat(route(ekstensi)).isEqualTo("operator");
  }
}
