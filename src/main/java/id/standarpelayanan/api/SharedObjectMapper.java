package id.standarpelayanan.api;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * Camunda's REST API asks its {@link JacksonConfigurator} for an {@link ObjectMapper} for every
 * resource it creates and every JSON body it reads or writes, and gets a new one each time, so
 * Jackson builds its serializers and deserializers again for every request. Profiling Tasklist's
 * task list found this in 13 % of a request's JVM time and about a tenth of its garbage. Here one
 * mapper, configured by Camunda's own {@link JacksonConfigurator#configureObjectMapper}, serves
 * every request; an {@code ObjectMapper} is safe to share once configured, and Camunda's REST code
 * does not reconfigure the mappers it gets. A changed date format (Camunda's
 * {@code dateFormatString}) builds a new one. The mapper reads a task sent back by Tasklist without
 * its form reference ({@link TaskFormRefReadOnly}).
 *
 * <p>Registered with every Jersey application (see {@code META-INF/services}): {@code /engine-rest}
 * and the engine API of Tasklist and Cockpit ({@code /camunda/api/engine}).
 */
public class SharedObjectMapper implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(Resolver.class)) {
      context.register(Resolver.class);
    }
  }

  /** Asked before Camunda's resolver, which Jersey consults only when this one answers null. */
  @Priority(1)
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  public static class Resolver implements ContextResolver<ObjectMapper> {

    private record Configured(String dateFormat, ObjectMapper mapper) {
    }

    private static final AtomicReference<Configured> CURRENT = new AtomicReference<>();
    private static final AtomicLong ANSWERED = new AtomicLong();

    @Override
    public ObjectMapper getContext(Class<?> type) {
      ANSWERED.incrementAndGet();
      String dateFormat = JacksonConfigurator.dateFormatString;
      Configured configured = CURRENT.get();
      if (configured == null || !configured.dateFormat().equals(dateFormat)) {
        configured = new Configured(dateFormat,
            TaskFormRefReadOnly.apply(JacksonConfigurator.configureObjectMapper(new ObjectMapper())));
        CURRENT.set(configured);
      }
      return configured.mapper();
    }

    /** How often Jersey asked for a mapper (for tests). */
    static long answered() {
      return ANSWERED.get();
    }
  }
}
