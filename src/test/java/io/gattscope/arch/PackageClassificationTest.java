package io.gattscope.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of src/main is either API or internal, said once in its package-info (the overview
 * starts with {@code API:} or {@code Internal:}) and once in the README's "API and internal
 * packages" lists, and the two agree.
 */
class PackageClassificationTest {
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern NAME = Pattern.compile("`((?:io\\.gattscope|org\\.bluez)[\\w.]*)`");

  enum Kind {
    API,
    INTERNAL
  }

  @Test
  void everyPackageIsClassifiedInItsPackageInfo() throws IOException {
    Map<String, Optional<Kind>> own = ownClassifications();
    assertThat(own)
        .as("packages under src/main/java")
        .containsKeys("io.gattscope.ble", "org.bluez");
    List<String> unclassified = new ArrayList<>();
    for (String pkg : own.keySet()) {
      if (classification(pkg, own).isEmpty()) {
        unclassified.add(pkg);
      }
    }
    assertThat(unclassified)
        .as("packages whose package-info does not start with 'API:' or 'Internal:'")
        .isEmpty();
  }

  @Test
  void theReadmeListsEveryPackageAsItsPackageInfoDoes() throws IOException {
    Map<String, Optional<Kind>> own = ownClassifications();
    Map<Kind, List<String>> listed = readmeLists();
    assertThat(listed.get(Kind.API)).as("README API list").isNotEmpty();
    assertThat(listed.get(Kind.INTERNAL)).as("README internal list").isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (String pkg : own.keySet()) {
      List<Kind> kinds = new ArrayList<>();
      for (Kind k : Kind.values()) {
        if (listed.get(k).stream().anyMatch(name -> covers(name, pkg))) {
          kinds.add(k);
        }
      }
      Optional<Kind> declared = classification(pkg, own);
      if (kinds.size() != 1) {
        problems.add(pkg + " is listed in the README as " + kinds);
      } else if (declared.isPresent() && declared.get() != kinds.get(0)) {
        problems.add(
            pkg
                + " is "
                + declared.get()
                + " in its package-info, "
                + kinds.get(0)
                + " in the README");
      }
    }
    for (Kind k : Kind.values()) {
      for (String name : listed.get(k)) {
        if (own.keySet().stream().noneMatch(pkg -> covers(name, pkg))) {
          problems.add("the README lists " + name + ", which is no package");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A package's own marker, else the one of its nearest ancestor that is internal (internal covers
   * the subpackages; API does not).
   */
  private static Optional<Kind> classification(String pkg, Map<String, Optional<Kind>> own) {
    Optional<Kind> k = own.getOrDefault(pkg, Optional.empty());
    if (k.isPresent()) {
      return k;
    }
    for (String p = parent(pkg); p != null; p = parent(p)) {
      if (own.getOrDefault(p, Optional.empty()).orElse(null) == Kind.INTERNAL) {
        return Optional.of(Kind.INTERNAL);
      }
    }
    return Optional.empty();
  }

  private static String parent(String pkg) {
    int dot = pkg.lastIndexOf('.');
    return dot < 0 ? null : pkg.substring(0, dot);
  }

  private static boolean covers(String listed, String pkg) {
    if (listed.endsWith("..")) {
      String base = listed.substring(0, listed.length() - 2);
      return pkg.equals(base) || pkg.startsWith(base + ".");
    }
    return pkg.equals(listed);
  }

  /** Every package with Java sources, and what its package-info says (empty: no marker or none). */
  private static Map<String, Optional<Kind>> ownClassifications() throws IOException {
    Map<String, Optional<Kind>> found = new TreeMap<>();
    TreeSet<Path> dirs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> dirs.add(f.getParent()));
    }
    for (Path dir : dirs) {
      String pkg =
          SOURCES.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
      Path info = dir.resolve("package-info.java");
      found.put(
          pkg,
          Files.exists(info)
              ? marker(Files.readString(info, StandardCharsets.UTF_8))
              : Optional.empty());
    }
    return found;
  }

  private static Optional<Kind> marker(String packageInfo) {
    int start = packageInfo.indexOf("/**");
    if (start < 0) {
      return Optional.empty();
    }
    String text = packageInfo.substring(start + 3).replaceFirst("^[\\s*]+", "");
    if (text.startsWith("API:")) {
      return Optional.of(Kind.API);
    }
    if (text.startsWith("Internal:")) {
      return Optional.of(Kind.INTERNAL);
    }
    return Optional.empty();
  }

  /** The package names in the README's "API (" and "Internal (" lists. */
  private static Map<Kind, List<String>> readmeLists() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("### API and internal packages");
    assertThat(from).as("README section 'API and internal packages'").isNotNegative();
    int to = readme.indexOf("\n### ", from + 1);
    String section = readme.substring(from, to < 0 ? readme.length() : to);
    int api = section.indexOf("\nAPI (");
    int internal = section.indexOf("\nInternal (");
    assertThat(api).as("an 'API (' list").isNotNegative();
    assertThat(internal).as("an 'Internal (' list after it").isGreaterThan(api);
    int end = section.indexOf("\n\n", internal + 1);
    return Map.of(
        Kind.API, names(section.substring(api, internal)),
        Kind.INTERNAL, names(section.substring(internal, end < 0 ? section.length() : end)));
  }

  private static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    Matcher m = NAME.matcher(list);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
