package id.standarpelayanan.informasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 33 kabupaten/kota of Sumatera Utara, read from the choice list of the identity form: the
 * form staff use is the one place the list is written, and the server accepts exactly its values.
 */
@Component
public class KabupatenKota {

  static final String FORM = "forms/layananInformasiTelepon-catatIdentitas.form";

  private final List<String> names;

  public KabupatenKota(ObjectMapper json) {
    try (InputStream form = new ClassPathResource(FORM).getInputStream()) {
      List<String> values = new ArrayList<>();
      for (JsonNode component : json.readTree(form).path("components")) {
        if (LayananInformasiTelepon.KABUPATEN_KOTA.equals(component.path("key").asText())) {
          component.path("values").forEach(value -> values.add(value.path("value").asText()));
        }
      }
      this.names = List.copyOf(values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FORM, e);
    }
  }

  public List<String> names() {
    return names;
  }

  public boolean contains(String name) {
    return names.contains(name);
  }
}
