package id.standarpelayanan.lapor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A decision step that a report reaches again (returned "bukan kewenangan", or disposed anew after a
 * return) starts with its decision fields empty: the earlier target or "sesuai kewenangan" no longer
 * applies, and one click must not send the report the same way again. Used as a start listener:
 * {@code ${isianBaru.kosongkan(execution, 'instansiTujuan,catatanVerifikasi')}}. The earlier values
 * stay in the history and the report's riwayat.
 */
@Component("isianBaru")
public class IsianBaru {

  public void kosongkan(DelegateExecution execution, String names) {
    for (String name : names.split(",")) {
      String variable = name.strip();
      if (!variable.isEmpty() && execution.hasVariable(variable)) {
        execution.removeVariable(variable);
      }
    }
  }
}
