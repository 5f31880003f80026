package io.gattscope.cli;

import io.gattscope.ble.snapshot.CaptureProgress;
import java.io.PrintStream;
import java.util.Locale;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** One stderr line, rewritten in place, showing how far a snapshot capture is. */
final class ProgressLine implements CaptureProgress.Listener {
  private final PrintStream err;
  private String shown = "";

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public void onProgress(CaptureProgress.Phase phase, int done, int total) {
    String text =
        switch (phase) {
          case DISCOVERING -> "Discovering the GATT table";
          case RECORDING ->
              String.format(Locale.ROOT, "Recording %.1f of %.1f s", done / 1000.0, total / 1000.0);
          case READING -> "Reading " + done + " of " + total + " attributes";
        };
    if (!text.equals(shown)) {
      shown = text;
      err.print("\r" + text + "\u001b[K");
      err.flush();
    }
  }

  /** Ends the line, so what follows starts on a fresh one. */
  void finish() {
    if (!shown.isEmpty()) {
      err.println();
      shown = "";
    }
  }

  /** Whether the process's stderr is a terminal; false when that cannot be told. */
  static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }
}
