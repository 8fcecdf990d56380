package id.standarpelayanan.telepon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.standarpelayanan.api.InvalidInputException;

class NomorTeleponTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "(061) 8453744       | 0618453744",
      "061-8453626         | 0618453626",
      "0821 1755 1106      | 082117551106",
      "+62 821-1755-1106   | 082117551106",
      "6282117551106       | 082117551106",
      "021.500.123         | 021500123"})
  void writtenNumbersAreNormalized(String raw, String national) {
    assertThat(NomorTelepon.normalize(raw)).contains(national);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0812", "08123456789012345", "0812-abc-999", "+1 202 555 0100",
      "00618453744", "tidak ada", "+62", "0618453744; DROP TABLE"})
  void invalidNumbersAreRejected(String raw) {
    assertThat(NomorTelepon.normalize(raw)).isEmpty();
  }

  @Test
  void requireNamesTheField() {
    assertThatThrownBy(() -> NomorTelepon.require("nomorPenelepon", "Nomor penelepon", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("wajib diisi")
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("nomorPenelepon");
    assertThatThrownBy(() -> NomorTelepon.require("nomorPenelepon", "Nomor penelepon", "123"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tidak sah");
  }
}
