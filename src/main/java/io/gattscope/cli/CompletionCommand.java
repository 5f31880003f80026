package io.gattscope.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints a shell completion script for bash or zsh (picocli's generator). */
@Command(
    name = "completion",
    description = {
      "Print a completion script: bash or zsh.",
      "  bash: source <(gattscope completion bash)",
      "  zsh:  source <(gattscope completion zsh)"
    })
final class CompletionCommand extends BaseCommand {
  /** The shells a script can be made for. */
  enum ShellKind {
    BASH,
    ZSH
  }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  ShellKind shell;

  @Override
  int execute() {
    String script = AutoComplete.bash("gattscope", Cli.wholeTree());
    if (shell == ShellKind.ZSH) {
      // zsh runs the bash script through its bash completion emulation
      out().println("autoload -U +X compinit && compinit");
      out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    out().print(script);
    return 0;
  }
}
