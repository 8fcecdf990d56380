package id.standarpelayanan.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST API answers any failure inside a start or a task completion with 500. Input that
 * a listener refuses ({@link InvalidInputException}: a missing late reason, an invalid phone
 * number) is the caller's to fix, so {@code /engine-rest} answers it 400 with the field and the
 * Indonesian message. A missing permission is 403 even where Camunda wraps it in a 500. Every other
 * error keeps Camunda's own answer, except a 500 whose cause is the caller's: a {@link BadUserRequestException}
 * or {@link NullValueException} wrapped by the engine (400; 404 for a {@link NotFoundException}) and the
 * few engine messages in {@link #CALLER_MISTAKES}, answered with Camunda's own message (a refused user or
 * group id in Bahasa Indonesia, {@link InvalidResourceId}). Paging parameters
 * ({@code firstResult}, {@code maxResults}) that are not non-negative integers are refused 400 before a
 * query runs (the database would refuse a negative LIMIT with a 500).
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
    if (!context.getConfiguration().isRegistered(Paging.class)) {
      context.register(Paging.class);
    }
  }

  /**
   * Messages of a plain {@link ProcessEngineException} that name the caller's mistake, not the
   * server's: an id that is not a valid resource identifier, a password the policy refuses, a
   * variable value the engine will not (de)serialize. Anything else keeps Camunda's 500.
   */
  static final List<Pattern> CALLER_MISTAKES = Stream.of(
      "is not a valid resource identifier",
      "password does not match policy|password policy",
      "cannot (find serializer|deserialize)|serializ(ation|ing) .*(prohibited|not allowed|disabled)",
      "is not supported by serialization format|unsupported value type|cannot convert value")
      .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE)).toList();

  /** The causes a caller must see, or Camunda's own answer. */
  static Response toResponse(Throwable exception) {
    Response callerMistake = null;
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
      if (callerMistake == null) {
        callerMistake = callerMistake(cause);
      }
    }
    Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
    // only Camunda's 500s are reconsidered: its own 4xx answers stay as they are
    return callerMistake != null && camundas.getStatus() >= 500 ? callerMistake : camundas;
  }

  /** 400 (404 for something that does not exist) with Camunda's own message, or null. */
  private static Response callerMistake(Throwable cause) {
    if (cause instanceof NotFoundException notFound) {
      return withStatus(notFound, Response.Status.NOT_FOUND);
    }
    if (cause instanceof BadUserRequestException || cause instanceof NullValueException) {
      return withStatus((ProcessEngineException) cause, Response.Status.BAD_REQUEST);
    }
    String invalidId = cause.getClass() == ProcessEngineException.class ? InvalidResourceId.explain(cause.getMessage())
        : null;
    if (invalidId != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", cause.getClass().getSimpleName());
      body.put("message", invalidId);
      body.put("field", "id");
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    if (cause.getClass() == ProcessEngineException.class && cause.getMessage() != null
        && CALLER_MISTAKES.stream().anyMatch(pattern -> pattern.matcher(cause.getMessage()).find())) {
      return withStatus((ProcessEngineException) cause, Response.Status.BAD_REQUEST);
    }
    return null;
  }

  private static Response withStatus(ProcessEngineException cause, Response.Status status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", cause.getClass().getSimpleName());
    body.put("message", cause.getMessage());
    body.put("code", cause.getCode());
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
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

  /** {@code firstResult} and {@code maxResults} of every query: non-negative integers or 400. */
  @PreMatching
  public static class Paging implements ContainerRequestFilter {

    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,9}");

    @Override
    public void filter(ContainerRequestContext request) {
      MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
      for (String name : List.of("firstResult", "maxResults")) {
        List<String> values = query.get(name);
        if (values != null && values.stream().anyMatch(value -> !NON_NEGATIVE.matcher(value).matches())) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", "InvalidRequestException");
          body.put("message", "Query parameter '" + name + "' must be a non-negative integer (at most 999999999).");
          request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(body).build());
          return;
        }
      }
    }
  }
}
