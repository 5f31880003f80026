package io.gattscope.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every {@code ```java} block of README.md compiles against the built library, and every block
 * whose first line is {@code // runnable} runs to a normal end on the simulator.
 */
class ReadmeExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public\\s+class\\s+(\\w+)");

  @TempDir Path out;

  /** One README block: its class name, source and whether it is to be run. */
  record Example(String className, String source, boolean runnable) {}

  static List<Example> examples() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Example> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      String source = m.group(1);
      Matcher c = CLASS.matcher(source);
      String name = c.find() ? c.group(1) : "Block" + found.size();
      found.add(new Example(name, source, source.strip().startsWith("// runnable")));
    }
    return found;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRunnableOnesRun() throws Exception {
    List<Example> all = examples();
    assertThat(all).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(7);
    assertThat(all.stream().filter(Example::runnable).count()).isGreaterThanOrEqualTo(6);
    return all.stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.className() + (e.runnable() ? " compiles and runs" : " compiles"),
                    () -> check(e)));
  }

  private void check(Example e) throws Exception {
    Path dir = Files.createDirectories(out.resolve(e.className()));
    Path file = dir.resolve(e.className() + ".java");
    Files.writeString(file, e.source());
    StringWriter diagnostics = new StringWriter();
    assertThat(compiles(file, dir, diagnostics))
        .as("README example %s does not compile:%n%s", e.className(), diagnostics)
        .isTrue();
    if (!e.runnable()) {
      return;
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(e.className()).getMethod("main", String[].class);
      CompletableFuture<Void> run = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  main.invoke(null, (Object) new String[0]);
                  run.complete(null);
                } catch (InvocationTargetException ex) {
                  run.completeExceptionally(ex.getCause());
                } catch (ReflectiveOperationException | RuntimeException ex) {
                  run.completeExceptionally(ex);
                }
              },
              "readme-" + e.className());
      t.setDaemon(true);
      t.start();
      run.get(90, TimeUnit.SECONDS); // rethrows what the example threw
    }
  }

  @Test
  void examplesCompileAgainstTheLibraryAloneNotTheUiCliLoggingOrTestJars() throws Exception {
    Map<String, String> outside =
        Map.of(
            "javafx.beans.property.SimpleIntegerProperty", "JavaFX",
            "picocli.CommandLine", "picocli",
            "ch.qos.logback.classic.LoggerContext", "Logback",
            "org.assertj.core.api.Assertions", "a test jar",
            "io.gattscope.docs.ReadmeExamplesTest", "the test classes");
    for (Map.Entry<String, String> use : outside.entrySet()) {
      StringWriter diagnostics = new StringWriter();
      assertThat(compiles(source("UsesOutside", use.getKey()), diagnostics))
          .as("an example using %s compiles", use.getValue())
          .isFalse();
      assertThat(diagnostics.toString()).contains("does not exist");
    }
    StringWriter diagnostics = new StringWriter();
    assertThat(compiles(source("UsesLibrary", "io.gattscope.ble.Backends"), diagnostics))
        .as("%s", diagnostics)
        .isTrue();
    assertThat(compiles(source("UsesSlf4j", "org.slf4j.Logger"), diagnostics))
        .as("%s", diagnostics)
        .isTrue();
  }

  private Path source(String className, String imported) throws Exception {
    Path dir = Files.createDirectories(out.resolve(className + imported.hashCode()));
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, "import " + imported + ";\n\npublic class " + className + " {}\n");
    return file;
  }

  private static boolean compiles(Path file, StringWriter diagnostics) throws Exception {
    return compiles(file, file.getParent(), diagnostics);
  }

  private static boolean compiles(Path file, Path dir, StringWriter diagnostics) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file.toFile());
      List<String> options =
          List.of(
              "-classpath", libraryClassPath(), "-d", dir.toString(), "-proc:none", "-Xlint:none");
      return javac.getTask(diagnostics, files, null, options, null, units).call();
    }
  }

  /**
   * What a library user compiles against: target/classes and the jars of the pom's own non-optional
   * compile and runtime dependencies, found on the test class path. The UI, CLI and logging jars
   * (optional), the test jars and the test classes are left out, so an example that needs one of
   * them does not compile.
   */
  static String libraryClassPath() throws Exception {
    List<String> testPath =
        List.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
    List<String> path = new ArrayList<>();
    path.add(Path.of("target", "classes").toAbsolutePath().toString());
    for (String[] dep : libraryDependencies()) {
      String dir = "/" + dep[0].replace('.', '/') + "/" + dep[1] + "/";
      List<String> jars =
          testPath.stream().filter(j -> j.replace(File.separatorChar, '/').contains(dir)).toList();
      assertThat(jars).as("the jar of %s:%s on the test class path", dep[0], dep[1]).isNotEmpty();
      path.addAll(jars);
    }
    return String.join(File.pathSeparator, path);
  }

  /** The groupId and artifactId of each non-optional compile or runtime dependency in pom.xml. */
  static List<String[]> libraryDependencies() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    List<String[]> found = new ArrayList<>();
    for (Element deps : children(pom.getDocumentElement(), "dependencies")) {
      for (Element d : children(deps, "dependency")) {
        String scope = text(d, "scope", "compile");
        boolean optional = Boolean.parseBoolean(text(d, "optional", "false"));
        if (!optional && (scope.equals("compile") || scope.equals("runtime"))) {
          found.add(new String[] {text(d, "groupId", ""), text(d, "artifactId", "")});
        }
      }
    }
    return found;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name, String absent) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? absent : found.get(0).getTextContent().strip();
  }
}
