package id.standarpelayanan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The project's own stylesheets are flat: every rule is closed before the next one starts. A rule left
 * open (a merge that dropped a "}") does not break the page: the browser reads the rules after it as
 * nested rules (CSS nesting), which then match nothing, e.g. ".task-actions .standar-pelayanan-alihkan[hidden]"
 * under ".tasks-list .standar-pelayanan-kasus-kartu", and a hidden button showed in Tasklist.
 * Blocks inside blocks are allowed only under at-rules (@media, @supports, @keyframes…).
 */
class StylesheetTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  private static List<Path> stylesheets() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
    }
  }

  /** The problems of a stylesheet: a block opened inside a rule, a "}" too many, a block left open. */
  static List<String> problems(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
    List<String> problems = new ArrayList<>();
    // for each open block: whether it is an at-rule's (which may hold rules)
    List<Boolean> open = new ArrayList<>();
    StringBuilder prelude = new StringBuilder();
    int line = 1;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        line++;
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        prelude.append(c);
        continue;
      }
      switch (c) {
        case '"', '\'' -> {
          quote = c;
          prelude.append(c);
        }
        case '{' -> {
          String selector = prelude.toString().trim();
          if (!open.isEmpty() && !open.get(open.size() - 1)) {
            problems.add("line " + line + ": \"" + lastLine(selector) + "\" opens inside a rule that was not closed");
          }
          open.add(selector.startsWith("@"));
          prelude.setLength(0);
        }
        case '}' -> {
          if (open.isEmpty()) {
            problems.add("line " + line + ": \"}\" without an open block");
          } else {
            open.remove(open.size() - 1);
          }
          prelude.setLength(0);
        }
        case ';' -> prelude.setLength(0);
        default -> prelude.append(c);
      }
    }
    if (!open.isEmpty()) {
      problems.add(open.size() + " block(s) left open at the end");
    }
    return problems;
  }

  private static String lastLine(String selector) {
    String[] lines = selector.split("\n");
    return lines[lines.length - 1].trim();
  }

  @Test
  void everyRuleIsClosedBeforeTheNextOne() throws IOException {
    List<Path> files = stylesheets();
    assertThat(files).extracting(Path::toString)
        .contains("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/styles/user-styles.css");
    for (Path file : files) {
      assertThat(problems(Files.readString(file, StandardCharsets.UTF_8))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void aRuleLeftOpenIsFound() {
    assertThat(problems("""
        .a {
          width: 100%;
        /* the next rule */
        .b[hidden] {
          display: none;
        }
        """)).containsExactly("line 4: \".b[hidden]\" opens inside a rule that was not closed",
        "1 block(s) left open at the end");
    assertThat(problems("@media (max-width: 600px) {\n  .a { color: red; }\n}\n.b { content: \"{\"; }\n")).isEmpty();
    assertThat(problems(".a { color: red; }\n}\n")).containsExactly("line 2: \"}\" without an open block");
  }
}
