package id.standarpelayanan.survei;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Indeks Kepuasan Masyarakat exactly as PermenPANRB 14/2017 computes it: NRR per element =
 * sum of its scores / number of questionnaires; IKM = sum of NRR x 1/9 (the exact ninth, not a
 * rounded 0.111); IKM unit pelayanan = IKM x 25, graded A (88.31-100), B (76.61-88.30),
 * C (65.00-76.60), D (25.00-64.99) on the value rounded to two decimals.
 */
public final class IndeksKepuasan {

  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  public record Hasil(int jumlahResponden, Map<String, BigDecimal> nrr, BigDecimal ikm,
      BigDecimal nilaiKonversi, String mutu, String kinerja) {
  }

  private IndeksKepuasan() {
  }

  /** @param answers one array of nine scores (1..4) per questionnaire, in {@link Unsur} order */
  public static Hasil hitung(List<int[]> answers) {
    Map<String, BigDecimal> nrr = new LinkedHashMap<>();
    if (answers.isEmpty()) {
      for (Unsur unsur : Unsur.values()) {
        nrr.put(unsur.field(), null);
      }
      return new Hasil(0, nrr, null, null, null, null);
    }
    BigDecimal respondents = BigDecimal.valueOf(answers.size());
    BigDecimal sumOfNrr = BigDecimal.ZERO;
    for (Unsur unsur : Unsur.values()) {
      long sum = answers.stream().mapToLong(answer -> answer[unsur.ordinal()]).sum();
      BigDecimal value = BigDecimal.valueOf(sum).divide(respondents, PRECISION);
      nrr.put(unsur.field(), value.setScale(4, RoundingMode.HALF_UP));
      sumOfNrr = sumOfNrr.add(value);
    }
    BigDecimal ikm = sumOfNrr.divide(NINE, PRECISION);
    BigDecimal converted = ikm.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
    String[] grade = grade(converted);
    return new Hasil(answers.size(), nrr, ikm.setScale(4, RoundingMode.HALF_UP), converted, grade[0], grade[1]);
  }

  static String[] grade(BigDecimal converted) {
    if (converted.compareTo(new BigDecimal("88.31")) >= 0) {
      return new String[] {"A", "Sangat Baik"};
    }
    if (converted.compareTo(new BigDecimal("76.61")) >= 0) {
      return new String[] {"B", "Baik"};
    }
    if (converted.compareTo(new BigDecimal("65.00")) >= 0) {
      return new String[] {"C", "Kurang Baik"};
    }
    return new String[] {"D", "Tidak Baik"};
  }
}
