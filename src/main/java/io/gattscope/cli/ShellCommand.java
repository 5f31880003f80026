package io.gattscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

/**
 * {@code gattscope shell}: an interactive session on one adapter (line editing, history,
 * completion); with a script on stdin instead of a terminal it runs the lines as a batch and stops
 * at the first failure.
 */
@Command(
    name = "shell",
    description = {
      "Interactive session on one adapter: scan, connect, read, write, subscribe, … without"
          + " reconnecting (Tab completes commands, addresses and characteristics).",
      "With a script on stdin it runs one command per line and stops at the first failure,"
          + " exiting with that command's code."
    })
final class ShellCommand extends BaseCommand {
  /** The interactive prompt. */
  static final String PROMPT = "gattscope> ";

  @Override
  int execute() throws IOException {
    if (root.in != System.in || System.console() == null) {
      return batch(root.in);
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      return interactive(terminal, historyFile());
    }
  }

  /** Runs a script from {@code in}; returns 0 or the exit code of the failed line. */
  int batch(InputStream in) throws IOException {
    try (Shell shell = new Shell(root, openBackend())) {
      return shell.runBatch(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  /**
   * Runs an interactive session on {@code terminal} until quit or end of input; returns the exit
   * code of the last command.
   */
  int interactive(Terminal terminal, Path history) {
    PrintStream termOut = new PrintStream(writerStream(terminal), true, StandardCharsets.UTF_8);
    Cli settings = root.withStreams(termOut, termOut);
    try (Shell shell = new Shell(settings, openBackend())) {
      LineReaderBuilder builder =
          LineReaderBuilder.builder()
              .appName("gattscope")
              .terminal(terminal)
              .completer(new ShellCompleter(shell));
      if (history != null) {
        builder.variable(LineReader.HISTORY_FILE, history);
      }
      LineReader reader = builder.build();
      shell.notificationSink(reader::printAbove);
      termOut.println("GattScope shell; 'help' lists the commands, Tab completes.");
      int code = 0;
      while (!shell.quitRequested()) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line
        } catch (EndOfFileException e) {
          break; // Ctrl-D
        }
        code = shell.execute(line);
      }
      return code;
    }
  }

  private static OutputStream writerStream(Terminal terminal) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        terminal.output().write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        terminal.output().write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        terminal.output().flush();
      }
    };
  }

  private static Path historyFile() {
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".gattscope_history");
  }
}
