package id.standarpelayanan.telepon;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Keys pressed on the voice menu, as telephony systems send them: {@code "102"} or {@code 102}.
 * Anything else is refused like every wrongly typed field.
 */
class TombolDeserializer extends StdDeserializer<String> {

  TombolDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING) || parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      return parser.getText();
    }
    return (String) context.handleUnexpectedToken(String.class, parser);
  }
}
