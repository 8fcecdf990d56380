package id.standarpelayanan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.security.AuthorizationTable;

/**
 * Every process a person may start from Tasklist ("Mulai proses") has a Camunda Form of its own
 * there, so Tasklist never falls back to its generic dialog (a business key and raw variables);
 * processes started by a timer only are not offered at all.
 */
class StartFormsTest extends IntegrationTest {

  @Test
  void everyProcessOfferedInTasklistHasAStartForm() {
    List<String> startableByStaff = AuthorizationTable.PROCESSES_OF_GROUP.values().stream().flatMap(List::stream)
        .distinct().filter(key -> !key.equals("pengaduanLapor")) // started by the intake only, see AuthorizationTable
        .toList();
    List<ProcessDefinition> offered = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .startableInTasklist().latestVersion().list();
    assertThat(offered).extracting(ProcessDefinition::getKey)
        .contains("penerimaanTelepon", "callCenter", "layananInformasiTelepon", "pemantauanEvaluasi")
        .doesNotContain("kesiapanCallCenter", "jadwalPemantauanEvaluasi");
    for (ProcessDefinition definition : offered) {
      if (startableByStaff.contains(definition.getKey())) {
        assertThat(processEngine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef())
            .as(definition.getKey()).isNotNull();
      }
    }
  }
}
