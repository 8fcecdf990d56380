package id.standarpelayanan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell a spreadsheet would run as a formula is written as text. */
class CsvTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=HYPERLINK(\"http://contoh.test\";\"klik\")  | `\"'=HYPERLINK(\"\"http://contoh.test\"\";\"\"klik\"\")\"`",
      "=1+2                                      | '=1+2",
      "+62 811 000                               | '+62 811 000",
      "-5                                        | '-5",
      "@SUM(A1:A2)                               | '@SUM(A1:A2)",
      "TLP-2026-000001                           | TLP-2026-000001",
      "a=b                                       | a=b"})
  void formulasAreNeutralisedAndOrdinaryTextIsKept(String value, String written) {
    assertThat(Csv.text(new StringBuilder(), value.strip()).toString()).isEqualTo(written.strip());
  }

  @ParameterizedTest
  @CsvSource({"'\t=1+2', '''\t=1+2'", "'\r=1+2', '\"''\r=1+2\"'"})
  void controlCharactersThatStartAFormulaToo(String value, String written) {
    assertThat(Csv.text(new StringBuilder(), value).toString()).isEqualTo(written);
  }
}
