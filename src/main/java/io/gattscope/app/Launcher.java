package io.gattscope.app;

import io.gattscope.cli.Cli;
import javafx.application.Application;

/**
 * Starts GattScope from a plain class path (the jar's and javafx:run's main class): with no
 * arguments the explorer window, with a subcommand the command line. It does not extend Application
 * so JavaFX needs no module path.
 */
public final class Launcher {
  private Launcher() {}

  /**
   * Runs the CLI when given a subcommand (or --help/--version), else opens the explorer (loading
   * the logging set-up and Bluetooth names in parallel with the JavaFX start).
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      Cli.main(args);
    }
    StartupPreload.start();
    Application.launch(GattScopeApp.class, args);
  }
}
