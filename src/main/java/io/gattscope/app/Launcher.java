package io.gattscope.app;

import javafx.application.Application;

/**
 * Starts GattScope from a plain class path (the jar's and javafx:run's main class); it does not
 * extend Application so JavaFX needs no module path.
 */
public final class Launcher {
  private Launcher() {}

  /** Opens the explorer window. */
  public static void main(String[] args) {
    Application.launch(GattScopeApp.class, args);
  }
}
