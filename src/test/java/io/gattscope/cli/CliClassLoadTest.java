package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which libraries a command loads: printing names in plain text needs no JSON library. */
class CliClassLoadTest {
  @TempDir Path config;

  @Test
  void scanTextOutputNamesDevicesWithoutLoadingJackson() throws Exception {
    String out = run("-a", "sim", "scan", "--timeout", "1");
    assertThat(out).contains("Heart Rate");
    assertThat(loaded(out, "com.fasterxml.jackson")).isEmpty();
    assertThat(loaded(out, "io.gattscope.gatt.BluetoothNames")).isNotEmpty();
  }

  private static List<String> loaded(String out, String prefix) {
    return out.lines().filter(l -> l.contains("[class,load] " + prefix)).toList();
  }

  private String run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-Xlog:class+load=info:stdout", "-cp", cp, Cli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("XDG_CONFIG_HOME", config.toString());
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("gattscope " + String.join(" ", args) + " did not end within 120 s");
    }
    String text = out.get(5, TimeUnit.SECONDS);
    assertThat(p.exitValue())
        .as(text.lines().filter(l -> !l.startsWith("[")).toList().toString())
        .isZero();
    return text;
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
