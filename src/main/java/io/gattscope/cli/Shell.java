package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Subscription;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One interactive session on one adapter: at most one connected device, its subscriptions, and the
 * addresses of the last scan (for completion). Lines are run by {@link ShellCommands}; closing
 * unsubscribes, disconnects and stops the adapter.
 */
final class Shell implements AutoCloseable {
  private final Cli settings;
  private final BleBackend backend;
  private final CommandLine commands;
  private final ErrorReport errors;
  private final List<BleAddress> lastScan = new ArrayList<>();
  private final Map<Integer, Subscription> subscriptions = new LinkedHashMap<>();
  private volatile Consumer<String> notificationSink;
  private BleDevice device;
  private boolean quit;

  /**
   * @param settings the global options (timeouts, --json, --debug) and the streams commands print
   *     to
   * @param backend the started adapter, closed with the shell
   */
  Shell(Cli settings, BleBackend backend) {
    this.settings = settings;
    this.backend = backend;
    this.notificationSink =
        line -> {
          synchronized (settings.out) {
            settings.out.println(line);
            settings.out.flush();
          }
        };
    this.errors = new ErrorReport(settings);
    this.commands = ShellCommands.commandLine(this, settings.out, settings.err);
    commands.setExecutionExceptionHandler(
        (ex, cl, parsed) -> errors.report(Futures.unwrap(ex), hint(cl)));
    commands.setParameterExceptionHandler(
        (ex, args) -> {
          settings.err.println("gattscope: " + ex.getMessage());
          settings.err.println(hint(ex.getCommandLine()));
          return Cli.USAGE;
        });
  }

  private static String hint(CommandLine cl) {
    return "Try 'help " + cl.getCommandName() + "'.";
  }

  /** The command names, for help and completion. */
  List<String> commandNames() {
    return new ArrayList<>(commands.getSubcommands().keySet());
  }

  /**
   * Runs one line; blank lines and {@code #} comments do nothing.
   *
   * @return the exit code the single command would have (0 ok, 1 Bluetooth failure, 2 usage)
   */
  int execute(String line) {
    List<String> words;
    try {
      words = Words.split(line);
    } catch (IllegalArgumentException e) {
      settings.err.println("gattscope: " + e.getMessage());
      return Cli.USAGE;
    }
    if (words.isEmpty() || words.get(0).startsWith("#")) {
      return 0;
    }
    try {
      return commands.execute(words.toArray(String[]::new));
    } finally {
      settings.out.flush();
    }
  }

  /**
   * Runs a script, one command per line, stopping at the first failure.
   *
   * @return 0, or the exit code of the command that failed
   */
  int runBatch(BufferedReader script) throws IOException {
    String line;
    int number = 0;
    while (!quit && (line = script.readLine()) != null) {
      number++;
      int code = execute(line);
      if (code != 0) {
        settings.err.println("gattscope shell: line " + number + " failed: " + line.strip());
        return code;
      }
    }
    return 0;
  }

  /** Where notifications go: stdout in a batch, above the prompt in an interactive session. */
  void notificationSink(Consumer<String> sink) {
    this.notificationSink = sink;
  }

  void printNotification(String line) {
    notificationSink.accept(line);
  }

  boolean quitRequested() {
    return quit;
  }

  void requestQuit() {
    quit = true;
  }

  Cli settings() {
    return settings;
  }

  BleBackend backend() {
    return backend;
  }

  /** The connected device. */
  BleDevice device() {
    BleDevice d = device;
    if (d == null) {
      throw new NotConnectedException("not connected: run 'connect ADDR' first");
    }
    return d;
  }

  /** The connected device, if any (completion). */
  BleDevice deviceOrNull() {
    return device;
  }

  /** The connected device's discovered database, if any (completion). */
  GattDatabase databaseOrNull() {
    BleDevice d = device;
    return d == null ? null : d.services().orElse(null);
  }

  /** Connects (ending any previous connection) and discovers the services. */
  void connect(BleAddress address, ConnectOptions options) {
    disconnect();
    device = backend.connect(address, options);
    device.discover();
  }

  /** Unsubscribes everything and disconnects; does nothing when not connected. */
  void disconnect() {
    unsubscribeAll();
    BleDevice d = device;
    device = null;
    if (d != null) {
      try {
        d.disconnect();
      } catch (BleException e) {
        settings.err.println("gattscope: disconnect: " + e.getMessage());
      }
    }
  }

  Map<Integer, Subscription> subscriptions() {
    return subscriptions;
  }

  void unsubscribeAll() {
    for (Subscription s : List.copyOf(subscriptions.values())) {
      closeQuietly(s);
    }
    subscriptions.clear();
  }

  void closeQuietly(Subscription s) {
    try {
      s.close();
    } catch (RuntimeException e) {
      settings.err.println("gattscope: unsubscribe: " + e.getMessage());
    }
  }

  List<BleAddress> lastScan() {
    synchronized (lastScan) {
      return List.copyOf(lastScan);
    }
  }

  void lastScan(List<BleAddress> addresses) {
    synchronized (lastScan) {
      lastScan.clear();
      lastScan.addAll(addresses);
    }
  }

  @Override
  public void close() {
    try {
      disconnect();
    } finally {
      backend.close();
      settings.out.flush();
    }
  }
}
