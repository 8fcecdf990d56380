package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.standarpelayanan.Application;
import id.standarpelayanan.IntegrationTest;
import id.standarpelayanan.TestDatabase;
import id.standarpelayanan.TestUsers;

class DeploymentTest extends IntegrationTest {

  @Autowired
  private RepositoryService repository;
  @Autowired
  private IdentityService identity;
  @Autowired
  private FilterService filters;

  private Deployment latest() {
    return repository.createDeploymentQuery().deploymentName("standar-pelayanan")
        .orderByDeploymentTime().desc().list().get(0);
  }

  private static List<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.map(path -> folder + "/" + path.getFileName()).sorted().toList();
    }
  }

  @Test
  void everyModelAndEveryFormIsDeployedUnderItsClasspathName() throws IOException {
    List<String> deployed = repository.getDeploymentResources(latest().getId()).stream()
        .map(Resource::getName).toList();

    assertThat(filesIn("forms")).isNotEmpty();
    assertThat(deployed).containsAll(filesIn("forms")).containsAll(filesIn("bpmn"));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("penerimaanTelepon")
        .latestVersion().singleResult().getDeploymentId()).isEqualTo(latest().getId());
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("routingEkstensi")
        .latestVersion().singleResult().getDeploymentId()).isEqualTo(latest().getId());
  }

  @Test
  void startFormAndTaskFormsAreReadableFromTheDeployment() {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey("penerimaanTelepon").latestVersion().singleResult().getId();

    assertThat(processEngine.getFormService().getDeployedStartForm(definitionId))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"penerimaanTelepon-start\"");
  }

  @Test
  void engineRunsWithFullHistoryInJakartaTime() {
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        processEngine.getProcessEngineConfiguration()).getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("Asia/Jakarta");
  }

  @Test
  void restartOnTheSameDatabaseRedeploysNothingAndChangesNoAccount() {
    String password = TestUsers.ensure(identity, "sebelumRestart", "operator");
    String deploymentId = latest().getId();
    long deployments = repository.createDeploymentQuery().count();
    long groups = identity.createGroupQuery().count();
    long users = identity.createUserQuery().count();
    long filterCount = filters.createFilterQuery().count();

    // command-line arguments outrank application.yaml, so the second start uses the same database;
    // without the webapps, whose filters keep a static reference to the latest context started
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
        .profiles("test")
        .run("--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--server.port=0", "--camunda.bpm.webapp.enabled=false",
            "--camunda.bpm.process-engine-name=restarted")) {
      ProcessEngine second = restarted.getBean(ProcessEngine.class);
      assertThat(second.getName()).isEqualTo("restarted");
      assertThat(second.getIdentityService().checkPassword("sebelumRestart", password)).isTrue();
      assertThat(second.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latest().getId()).isEqualTo(deploymentId);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(identity.checkPassword("sebelumRestart", password)).isTrue();
    assertThat(identity.checkPassword("admin", "admin")).isFalse();
  }
}
