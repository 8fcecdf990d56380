package id.standarpelayanan.webapp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a webapp's Indonesian locale file with Camunda's English one, key by key: every English
 * key needs a translation of the same kind, with the same {@code {{placeholders}}} and HTML tags.
 */
final class LocaleFiles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final Pattern TAG = Pattern.compile("</?\\s*([a-zA-Z0-9-]+)");

  private LocaleFiles() {
  }

  /**
   * What is wrong with {@code indonesian} against {@code english}, one line per key; empty when
   * nothing is. {@code mayBeEmpty} maps keys whose translation is rightly empty to the reason.
   */
  static List<String> problems(JsonNode english, JsonNode indonesian, Map<String, String> mayBeEmpty) {
    List<String> problems = new ArrayList<>();
    compare("", english, indonesian, mayBeEmpty, problems);
    return problems;
  }

  private static void compare(String path, JsonNode english, JsonNode indonesian, Map<String, String> mayBeEmpty,
      List<String> problems) {
    if (indonesian == null || indonesian.isMissingNode()) {
      problems.add(path + ": no Indonesian translation");
      return;
    }
    if (english.getNodeType() != indonesian.getNodeType()) {
      problems.add(path + ": " + english.getNodeType() + " in English, " + indonesian.getNodeType() + " here");
      return;
    }
    if (english.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(join(path, field.getKey()), field.getValue(), indonesian.get(field.getKey()), mayBeEmpty, problems);
      }
      indonesian.fieldNames().forEachRemaining(name -> {
        if (!english.has(name)) {
          problems.add(join(path, name) + ": not in the English file (left from an older Camunda?)");
        }
      });
    } else if (english.isArray()) {
      if (english.size() != indonesian.size()) {
        problems.add(path + ": " + english.size() + " entries in English, " + indonesian.size() + " here");
        return;
      }
      for (int i = 0; i < english.size(); i++) {
        compare(path + "[" + i + "]", english.get(i), indonesian.get(i), mayBeEmpty, problems);
      }
    } else if (english.isTextual()) {
      compareText(path, english.asText(), indonesian.asText(), mayBeEmpty, problems);
    }
  }

  private static void compareText(String path, String english, String indonesian, Map<String, String> mayBeEmpty,
      List<String> problems) {
    if (!english.isBlank() && indonesian.isBlank() && !mayBeEmpty.containsKey(path)) {
      problems.add(path + ": empty");
    }
    if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, indonesian))) {
      problems.add(path + ": placeholders " + all(PLACEHOLDER, english) + " in English, "
          + all(PLACEHOLDER, indonesian) + " here");
    }
    if (!all(TAG, english).equals(all(TAG, indonesian))) {
      problems.add(path + ": HTML tags " + all(TAG, english) + " in English, " + all(TAG, indonesian) + " here");
    }
  }

  private static Set<String> all(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }
    return found;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
