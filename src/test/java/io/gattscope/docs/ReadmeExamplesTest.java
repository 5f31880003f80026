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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

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
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file.toFile());
      List<String> options =
          List.of("-classpath", classPath(), "-d", dir.toString(), "-proc:none", "-Xlint:none");
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      assertThat(ok)
          .as("README example %s does not compile:%n%s", e.className(), diagnostics)
          .isTrue();
    }
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

  /** The test class path (which includes target/classes), as surefire or the IDE set it. */
  private static String classPath() {
    String cp = System.getProperty("java.class.path", "");
    String classes = Path.of("target", "classes").toAbsolutePath().toString();
    return cp.contains(classes) ? cp : classes + File.pathSeparator + cp;
  }
}
