package id.standarpelayanan.api;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Request bodies of the application's own endpoints are read strictly: a field the endpoint does
 * not know, or a value of the wrong JSON type (a number for a text, "true" for a yes/no), is the
 * caller's mistake and answered 400 naming the field, never guessed at. Camunda's REST API has
 * its own mapper and is not affected.
 */
@Configuration
public class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
    return builder -> builder.failOnUnknownProperties(true).postConfigurer(mapper -> {
      mapper.coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Boolean)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Integer)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    });
  }
}
