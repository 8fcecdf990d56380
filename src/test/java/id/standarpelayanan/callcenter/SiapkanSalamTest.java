package id.standarpelayanan.callcenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiapkanSalamTest {

  @ParameterizedTest(name = "{0}.00 WIB -> {1}")
  @CsvSource({"4, Selamat pagi", "10, Selamat pagi", "11, Selamat siang", "14, Selamat siang",
      "15, Selamat sore", "17, Selamat sore", "18, Selamat malam", "23, Selamat malam", "0, Selamat malam"})
  void greetingFollowsTheHourInJakarta(int hour, String salam) {
    assertThat(SiapkanSalam.salam(hour)).isEqualTo(salam);
  }
}
