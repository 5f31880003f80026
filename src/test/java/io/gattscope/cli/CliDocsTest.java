package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell completion scripts and the man page the installers ship. */
class CliDocsTest {
  final SimFixture sim = new SimFixture();

  @Test
  void bashCompletionNamesEveryCommandAndOption() {
    SimFixture.Result r = sim.runRaw("completion", "bash");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("complete -F _complete_gattscope")
        .contains("scan", "subscribe", "shell", "bonds", "rssi")
        .contains("--adapter", "--json", "--layout");
    SimFixture.Result zsh = sim.runRaw("completion", "zsh");
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
    assertThat(sim.runRaw("completion", "fish").code()).isEqualTo(2);
  }

  @Test
  void bashAcceptsTheCompletionScript(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("gattscope.bash");
    Files.writeString(script, sim.runRaw("completion", "bash").out());
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$0\" && COMP_WORDS=(gattscope su) COMP_CWORD=1 && _complete_gattscope"
                    + " && printf '%s\\n' \"${COMPREPLY[@]}\"",
                script.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList()).contains("subscribe");
  }

  @Test
  void theManPageDocumentsEveryCommandAndTheExitCodes() {
    SimFixture.Result r = sim.runRaw("manpage");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith(".TH GATTSCOPE 1 ");
    assertThat(lines)
        .contains(".SH NAME", ".SH OPTIONS", ".SH COMMANDS", ".SH EXIT STATUS")
        .contains(".SS gattscope scan", ".SS gattscope read ADDR CHAR", ".SS gattscope shell")
        .contains(".SS gattscope bench notify");
    assertThat(r.out()).contains("\\fB\\-a\\fR, \\fB\\-\\-adapter\\fR=\\fIID\\fR");
    assertThat(r.out()).doesNotContain(".SS gattscope manpage");
  }
}
