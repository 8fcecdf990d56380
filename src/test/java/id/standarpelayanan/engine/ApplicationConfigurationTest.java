package id.standarpelayanan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The shipped configuration (tests switch the job executor off; production must not). */
class ApplicationConfigurationTest {

  private static PropertySource<?> load(String file) throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
    return sources.get(0);
  }

  @Test
  void productionRunsTheJobExecutorWithFullHistoryOnAnH2FileUnderData() throws IOException {
    PropertySource<?> app = load("application.yaml");

    assertThat(app.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo(true);
    assertThat(app.getProperty("camunda.bpm.history-level")).isEqualTo("full");
    assertThat((String) app.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/");
    assertThat(app.getProperty("spring.jackson.time-zone")).isEqualTo("Asia/Jakarta");
    assertThat(((Number) app.getProperty("camunda.bpm.job-execution.max-wait")).longValue()).isLessThanOrEqualTo(5000);
  }

  @Test
  void noPasswordIsWrittenInAnyConfigurationFile() throws IOException {
    for (String file : List.of("application.yaml", "application-postgres.yaml", "application-demo.yaml")) {
      PropertySource<?> source = load(file);
      assertThat(source.getProperty("camunda.bpm.admin-user.password")).as(file).isNull();
      assertThat(source.getProperty("spring.datasource.password")).as(file).isNull();
      Object demo = source.getProperty("standar-pelayanan.demo.password");
      assertThat(demo == null || demo.toString().equals("${STANDAR_PELAYANAN_DEMO_PASSWORD:}")).as(file).isTrue();
    }
  }
}
