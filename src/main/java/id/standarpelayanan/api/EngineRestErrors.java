package id.standarpelayanan.api;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST API answers any failure inside a start or a task completion with 500. Input that
 * a listener refuses ({@link InvalidInputException}: a missing late reason, an invalid phone
 * number) is the caller's to fix, so {@code /engine-rest} answers it 400 with the field and the
 * Indonesian message. A missing permission is 403 even where Camunda wraps it in a 500. Every other
 * error keeps Camunda's own answer.
 *
 * <p>Registered with every Jersey application (see {@code META-INF/services}), so Tasklist's own
 * engine API ({@code /camunda/api/engine}), through which Tasklist submits its forms, answers the
 * same way as {@code /engine-rest}.
 */
public class EngineRestErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(Mapper.class)) {
      context.register(Mapper.class);
    }
    if (!context.getConfiguration().isRegistered(EngineMapper.class)) {
      context.register(EngineMapper.class);
    }
  }

  /** The causes a caller must see, or Camunda's own answer. */
  static Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException denied) {
        // some resources (a decision definition by id) wrap a refusal in a 500, and an expression
        // listener that refuses is wrapped by the expression language
        return ExceptionHandlerHelper.getInstance().getResponse(denied);
      }
      if (cause instanceof InvalidInputException refused) {
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", refused.getClass().getSimpleName(), "message", refused.getMessage(),
                "field", refused.field() == null ? "" : refused.field()))
            .build();
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return EngineRestErrors.toResponse(exception);
    }
  }

  /** Engine exceptions a resource lets through unwrapped (a message correlation, a modification). */
  @Priority(1)
  public static class EngineMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineRestErrors.toResponse(exception);
    }
  }
}
