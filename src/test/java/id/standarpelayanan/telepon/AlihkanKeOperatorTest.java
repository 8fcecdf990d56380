package id.standarpelayanan.telepon;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class AlihkanKeOperatorTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void firstFallbackKeepsTheChosenUnitAndRingsTheOperator() {
    when(execution.hasVariable("unitAsal")).thenReturn(false);
    when(execution.getVariable("unitTujuan")).thenReturn("bidangMutasiStatus");

    new AlihkanKeOperator().execute(execution);

    verify(execution).setVariable("unitAsal", "bidangMutasiStatus");
    verify(execution).setVariable("unitTujuan", "operator");
  }

  @Test
  void laterFallbackKeepsTheFirstUnit() {
    when(execution.hasVariable("unitAsal")).thenReturn(true);

    new AlihkanKeOperator().execute(execution);

    verify(execution, never()).setVariable(org.mockito.ArgumentMatchers.eq("unitAsal"), org.mockito.ArgumentMatchers.any());
    verify(execution).setVariable("unitTujuan", "operator");
  }
}
