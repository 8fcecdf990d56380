package id.standarpelayanan.telepon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import id.standarpelayanan.api.InvalidInputException;

class ValidasiPanggilanTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final ValidasiPanggilan listener = new ValidasiPanggilan();

  @Test
  void normalizesNumberAndExtension() {
    when(execution.getVariable("nomorPenelepon")).thenReturn("+62 61 8453744");
    when(execution.getVariable("ekstensi")).thenReturn(102);

    listener.notify(execution);

    verify(execution).setVariable("nomorPenelepon", "0618453744");
    verify(execution).setVariable("ekstensi", "102");
  }

  @Test
  void blankExtensionBecomesNull() {
    when(execution.getVariable("nomorPenelepon")).thenReturn("0618453744");
    when(execution.getVariable("ekstensi")).thenReturn("  ");

    listener.notify(execution);

    verify(execution).setVariable("ekstensi", null);
  }

  @Test
  void invalidNumberStopsTheStartNamingTheField() {
    when(execution.getVariable("nomorPenelepon")).thenReturn("12");

    assertThatThrownBy(() -> listener.notify(execution))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tidak sah")
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("nomorPenelepon");
  }
}
