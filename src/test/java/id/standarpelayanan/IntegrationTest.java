package id.standarpelayanan;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application, started once per test run on embedded PostgreSQL: every subclass shares
 * this one Spring context (same annotations, no per-class mocks).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

  @Autowired
  protected ProcessEngine processEngine;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    // a real SMTP server in this JVM; mails are sent only when a test sends the outbox
    registry.add("spring.mail.host", () -> TestMailServer.HOST);
    registry.add("spring.mail.port", TestMailServer::port);
  }

  @BeforeEach
  void useThisEngineForAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  private final List<String> testDeployments = new ArrayList<>();

  /** Deploys a model that exists only for this test; it is removed again after the test. */
  protected void deployForThisTest(String classpathResource) {
    testDeployments.add(processEngine.getRepositoryService().createDeployment()
        .addClasspathResource(classpathResource).deploy().getId());
  }

  @AfterEach
  void removeTestDeployments() {
    testDeployments.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true));
    testDeployments.clear();
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }
}
