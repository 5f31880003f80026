package io.gattscope.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds source rules that bytecode cannot show: types are imported, not spelled out inline. */
class SourceStyleTest {
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|javafx|io\\.gattscope|org|com)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void codeImportsTypesInsteadOfNamingThemInline() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String code = codeOf(lines.get(i));
          Matcher m = QUALIFIED.matcher(code);
          if (m.find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("inline qualified type names (import them)").isEmpty();
  }

  /** The line without string literals, comments, imports or the package clause. */
  private static String codeOf(String line) {
    String s = line.strip();
    if (s.startsWith("import ")
        || s.startsWith("package ")
        || s.startsWith("*")
        || s.startsWith("/*")
        || s.startsWith("//")
        || s.startsWith("@DBusInterfaceName")) {
      return "";
    }
    String code = STRING.matcher(s).replaceAll("\"\"");
    int comment = code.indexOf("//");
    return comment < 0 ? code : code.substring(0, comment);
  }
}
