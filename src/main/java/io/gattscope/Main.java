package io.gattscope;

import io.gattscope.app.GattScopeApp;
import io.gattscope.cli.Cli;
import io.gattscope.logging.AppLogging;

/**
 * Starts GattScope (the jar's, the installers' and javafx:run's main class): with no arguments the
 * explorer window, with a subcommand (or --help/--version) the command line. It sits above both
 * front ends so neither imports the other, and it does not extend Application so JavaFX needs no
 * module path.
 */
public final class Main {
  private Main() {}

  /** Runs the command line when given arguments, else opens the explorer. */
  public static void main(String[] args) {
    AppLogging.configure();
    if (args.length > 0) {
      Cli.main(args);
    }
    GattScopeApp.open(args);
  }
}
