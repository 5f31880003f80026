package io.gattscope.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gattscope.ble.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny consumer project depends on the installed artifact, offline: its dependency list holds no
 * UI, CLI or logging implementation jar, and a program using the API compiles against it.
 *
 * <p>The artifact (jar, -sources, -javadoc and this project's pom) is installed into a temporary
 * local repository whose other entries link to ~/.m2/repository, so nothing is downloaded and the
 * user's repository does not gain a GattScope snapshot.
 */
class ConsumerProjectIT {
  private static final List<String> FORBIDDEN =
      List.of(
          "org.openjfx",
          "io.fair-acc",
          "org.controlsfx",
          "info.picocli",
          "ch.qos.logback",
          "org.jline",
          "org.slf4j:slf4j-simple",
          "org.apache.logging.log4j");

  @TempDir Path tmp;

  @Test
  void aConsumerGetsOnlyTheLibraryDependenciesAndCompilesAgainstTheApi() throws Exception {
    assumeTrue(mavenAvailable(), "mvn is not on the PATH");
    Path jar = Path.of("target", "gattscope.jar").toAbsolutePath();
    assertThat(jar).as("run after mvn package").exists();
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.gattscope");
      assertThat(j.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(Version.get());
      assertThat(j.getEntry("logback.xml")).as("no logging configuration for users").isNull();
    }
    Path repo = linkedRepository();
    String version = Version.get();
    List<String> install =
        new ArrayList<>(
            List.of(
                "mvn",
                "-o",
                "-B",
                "-q",
                "-Dmaven.repo.local=" + repo,
                "org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file",
                "-Dfile=" + jar,
                "-DpomFile=" + Path.of("pom.xml").toAbsolutePath()));
    Path sources = Path.of("target", "gattscope-sources.jar").toAbsolutePath();
    Path javadoc = Path.of("target", "gattscope-javadoc.jar").toAbsolutePath();
    assertThat(sources).as("the sources jar, built at package").exists();
    assertThat(javadoc).as("the javadoc jar, built at package").exists();
    install.add("-Dsources=" + sources);
    install.add("-Djavadoc=" + javadoc);
    run(tmp, install);
    Path installed = repo.resolve("io/gattscope/gattscope/" + version);
    assertThat(installed.resolve("gattscope-" + version + ".jar")).exists();
    assertThat(installed.resolve("gattscope-" + version + "-sources.jar"))
        .as("installed with its sources")
        .exists();
    assertThat(installed.resolve("gattscope-" + version + "-javadoc.jar"))
        .as("installed with its Javadoc")
        .exists();
    try (JarFile j =
        new JarFile(installed.resolve("gattscope-" + version + "-sources.jar").toFile())) {
      assertThat(j.getEntry("io/gattscope/ble/BleDevice.java")).isNotNull();
    }
    try (JarFile j =
        new JarFile(installed.resolve("gattscope-" + version + "-javadoc.jar").toFile())) {
      assertThat(j.getEntry("io/gattscope/ble/BleDevice.html")).isNotNull();
    }

    Path consumer = Files.createDirectories(tmp.resolve("consumer"));
    Files.writeString(consumer.resolve("pom.xml"), consumerPom(version));
    Path src = Files.createDirectories(consumer.resolve("src/main/java/demo"));
    Files.writeString(
        src.resolve("Demo.java"),
        """
        package demo;

        import io.gattscope.ble.*;
        import java.time.Duration;
        import java.util.Optional;

        public class Demo {
          public static void main(String[] args) {
            try (BleBackend adapter = new Backends().open("sim")) {
              Optional<ScanResult> hrm =
                  adapter.find(ScanFilter.nameContains("HRM"), Duration.ofSeconds(5));
              try (BleDevice d = adapter.connect(hrm.orElseThrow());
                  Registration r =
                      d.addConnectionListener(ConnectionListener.onDisconnected(x -> {}))) {
                System.out.println(d.read(CharacteristicRef.parse("2a19"), Duration.ofSeconds(2)).length);
              }
            }
          }
        }
        """);
    Path list = tmp.resolve("deps.txt");
    run(
        consumer,
        List.of(
            "mvn",
            "-o",
            "-B",
            "-Dmaven.repo.local=" + repo,
            "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
            "-DincludeScope=runtime",
            "-DoutputFile=" + list));
    String deps = Files.readString(list, StandardCharsets.UTF_8);
    assertThat(deps)
        .contains("io.gattscope:gattscope:jar:" + version)
        .contains("com.fazecast:jSerialComm")
        .contains("com.github.hypfvieh:dbus-java-core")
        .contains("org.slf4j:slf4j-api")
        .contains("com.fasterxml.jackson.core:jackson-databind");
    for (String forbidden : FORBIDDEN) {
      assertThat(deps).as("the consumer's dependencies").doesNotContain(forbidden);
    }
    run(consumer, List.of("mvn", "-o", "-B", "-q", "-Dmaven.repo.local=" + repo, "compile"));
    assertThat(consumer.resolve("target/classes/demo/Demo.class")).exists();
  }

  private static String consumerPom(String version) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>demo</groupId>
          <artifactId>consumer</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.gattscope</groupId>
              <artifactId>gattscope</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>2.6</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(version);
  }

  /** A local repository that sees everything in ~/.m2/repository except io/gattscope. */
  private Path linkedRepository() throws IOException {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    try (Stream<Path> top = Files.list(m2)) {
      for (Path p : top.toList()) {
        if (p.getFileName().toString().equals("io")) {
          Path io = Files.createDirectories(repo.resolve("io"));
          try (Stream<Path> groups = Files.list(p)) {
            for (Path g : groups.toList()) {
              if (!g.getFileName().toString().equals("gattscope")) {
                Files.createSymbolicLink(io.resolve(g.getFileName().toString()), g);
              }
            }
          }
        } else {
          Files.createSymbolicLink(repo.resolve(p.getFileName().toString()), p);
        }
      }
    }
    return repo;
  }

  private static boolean mavenAvailable() {
    try {
      Process p = new ProcessBuilder("mvn", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(Path dir, List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done && p.exitValue() == 0)
        .as("%s failed:%n%s", String.join(" ", command), output)
        .isTrue();
  }
}
