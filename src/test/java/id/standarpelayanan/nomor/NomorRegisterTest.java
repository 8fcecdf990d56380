package id.standarpelayanan.nomor;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class NomorRegisterTest {

  private final NomorUrut nomorUrut = mock(NomorUrut.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void serviceWithoutBusinessKeyGetsTheNextRegisterNumber() {
    when(nomorUrut.next("TLP")).thenReturn("TLP-2026-000042");

    new NomorRegister(nomorUrut).tetapkan(execution, "TLP");

    verify(execution).setProcessBusinessKey("TLP-2026-000042");
  }

  @Test
  void givenBusinessKeyIsKept() {
    when(execution.getProcessBusinessKey()).thenReturn("PBX-778899");

    new NomorRegister(nomorUrut).tetapkan(execution, "TLP");

    verify(execution, never()).setProcessBusinessKey(anyString());
    verify(nomorUrut, never()).next(anyString());
  }
}
