package id.standarpelayanan.survei;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndeksKepuasanTest {

  /*
   * Worked by hand. Four questionnaires, scores per unsur U1..U9:
   *   A: 4 4 3 4 3 4 4 3 4
   *   B: 3 4 3 4 3 3 4 3 3
   *   C: 4 3 2 4 3 4 4 3 4
   *   D: 3 3 3 4 2 3 3 3 3
   * NRR = sum / 4: U1 14/4 = 3.50, U2 14/4 = 3.50, U3 11/4 = 2.75, U4 16/4 = 4.00, U5 11/4 = 2.75,
   *   U6 14/4 = 3.50, U7 15/4 = 3.75, U8 12/4 = 3.00, U9 14/4 = 3.50; sum of NRR = 30.25.
   * IKM = 30.25 x 1/9 = 3.36111...; x 25 = 84.02777... -> 84.03: mutu B, "Baik" (76.61-88.30).
   * With the rounded weight 0.111 it would be 30.25 x 0.111 x 25 = 83.94: not what the rule says.
   */
  @Test
  void workedExample() {
    IndeksKepuasan.Hasil hasil = IndeksKepuasan.hitung(List.of(
        new int[] {4, 4, 3, 4, 3, 4, 4, 3, 4},
        new int[] {3, 4, 3, 4, 3, 3, 4, 3, 3},
        new int[] {4, 3, 2, 4, 3, 4, 4, 3, 4},
        new int[] {3, 3, 3, 4, 2, 3, 3, 3, 3}));

    assertThat(hasil.jumlahResponden()).isEqualTo(4);
    assertThat(hasil.nrr().get("persyaratan")).isEqualByComparingTo("3.50");
    assertThat(hasil.nrr().get("waktu")).isEqualByComparingTo("2.75");
    assertThat(hasil.nrr().get("biaya")).isEqualByComparingTo("4.00");
    assertThat(hasil.nrr().get("perilaku")).isEqualByComparingTo("3.75");
    assertThat(hasil.ikm()).isEqualByComparingTo("3.3611");
    assertThat(hasil.nilaiKonversi()).isEqualByComparingTo("84.03");
    assertThat(hasil.mutu()).isEqualTo("B");
    assertThat(hasil.kinerja()).isEqualTo("Baik");
  }

  @Test
  void allFoursIsAHundredAndAllOnesTwentyFive() {
    assertThat(IndeksKepuasan.hitung(List.of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4})).nilaiKonversi())
        .isEqualByComparingTo("100.00");
    IndeksKepuasan.Hasil worst = IndeksKepuasan.hitung(List.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}));
    assertThat(worst.nilaiKonversi()).isEqualByComparingTo("25.00");
    assertThat(worst.mutu()).isEqualTo("D");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100.00, A", "88.31, A", "88.30, B", "76.61, B", "76.60, C", "65.00, C", "64.99, D", "25.00, D"})
  void gradesFollowTheIntervalsOfTheRegulation(String value, String mutu) {
    assertThat(IndeksKepuasan.grade(new BigDecimal(value))[0]).isEqualTo(mutu);
  }

  @Test
  void noAnswersNoIndex() {
    IndeksKepuasan.Hasil empty = IndeksKepuasan.hitung(List.of());
    assertThat(empty.jumlahResponden()).isZero();
    assertThat(empty.ikm()).isNull();
  }
}
