package io.gattscope.app;

/** Starts GattScope from a plain class path. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("GattScope");
  }
}
