package id.standarpelayanan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code bpmn/} and every Camunda Form of {@code forms/} as one deployment.
 *
 * <p>Replaces the starter's default, whose pattern leaves {@code .form} files out and which names
 * resources by their absolute file path. Here every resource is named by its classpath path
 * ({@code bpmn/penerimaan-telepon.bpmn}), the same in a jar, in {@code mvn spring-boot:run} and on
 * every machine, so the engine's duplicate filter recognises an unchanged deployment on restart.
 */
@Component
public class ProcessResourcesDeployment extends AbstractCamundaConfiguration
    implements CamundaDeploymentConfiguration {

  static final List<String> PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setDeploymentResources(getDeploymentResources().toArray(Resource[]::new));
    configuration.setDeploymentName("standar-pelayanan");
  }

  @Override
  public Set<Resource> getDeploymentResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Set<Resource> resources = new LinkedHashSet<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/') + 1);
      try {
        Arrays.stream(resolver.getResources("classpath*:" + pattern))
            .map(found -> new NamedClasspathResource(folder + found.getFilename()))
            .forEach(resources::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list deployment resources " + pattern, e);
      }
    }
    return resources;
  }

  /** A classpath resource that the engine names by its path within the classpath. */
  static final class NamedClasspathResource extends ClassPathResource implements ContextResource {
    NamedClasspathResource(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
