package io.gattscope.cli;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.DroppedData;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options, the output streams and opening adapters. */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The root command with the global options, set when the command runs. */
  Cli root;

  /** The adapters this run opened, for the report of dropped data at its end. */
  private final List<BleBackend> opened = new CopyOnWriteArrayList<>();

  @Override
  public final Integer call() throws Exception {
    root = (Cli) spec.root().userObject();
    if (root.debug
        && LoggerFactory.getLogger("io.gattscope") instanceof ch.qos.logback.classic.Logger l) {
      l.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }
    // checked before anything opens an adapter
    root.callTimeout();
    root.connectTimeout();
    try {
      return execute();
    } finally {
      reportDropped();
    }
  }

  /**
   * Tells stderr what the adapters of this run dropped instead of passing on, when anything was:
   * one line of text, or under {@code --json} one object with a {@code dropped} field.
   */
  private void reportDropped() {
    for (BleBackend b : opened) {
      DroppedData d = b.droppedData();
      if (!d.any()) {
        continue;
      }
      if (json()) {
        Json counts =
            Json.object()
                .put("bytes", d.bytes())
                .put("frames", d.frames())
                .put("events", d.events())
                .put("callbacks", d.callbacks());
        err().println(Json.object().put("warning", d.describe()).put("dropped", counts));
      } else {
        err().println("gattscope: the adapter " + d.describe());
      }
    }
  }

  /** Runs the command; returns the exit code. */
  abstract int execute() throws Exception;

  PrintStream out() {
    return root.out;
  }

  PrintStream err() {
    return root.err;
  }

  boolean json() {
    return root.json;
  }

  /** Adds a characteristic's {@code uuid} and, when the SIG names it, its {@code name}. */
  static void characteristicJson(Json o, UUID uuid) {
    o.put("uuid", uuid.toString());
    Vocabulary.characteristicName(uuid).ifPresent(n -> o.put("name", n));
  }

  /** Prints one JSON object as one line on stdout. */
  void printJson(Json value) {
    String line = value.toString();
    synchronized (root.out) {
      root.out.println(line);
    }
  }

  /**
   * The adapter id from {@code --adapter}, else the first real adapter's; never the simulator
   * unless asked for, so a script cannot take simulated data for real.
   */
  String adapterId() {
    if (!root.devices.isEmpty()) {
      if (root.adapter == null || !root.adapter.trim().equalsIgnoreCase("sim")) {
        throw new IllegalArgumentException(
            "--device serves a snapshot in the simulator: use it with -a sim");
      }
      return "sim:" + String.join(",", root.devices.stream().map(f -> "device=" + f).toList());
    }
    if (root.adapter != null && !root.adapter.isBlank()) {
      return root.adapter.trim();
    }
    return root.backends().available().stream()
        .filter(a -> !a.simulated())
        .findFirst()
        .map(AdapterDescriptor::id)
        .orElseThrow(
            () ->
                new AdapterUnavailableException(
                    "no Bluetooth adapter found (use -a sim for the built-in simulator)"));
  }

  /** Creates and starts the chosen adapter. */
  BleBackend openBackend() {
    String id = adapterId();
    err().println("Using adapter " + id);
    BleBackend backend = root.backends().create(id);
    opened.add(backend);
    try {
      backend.start();
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
    return backend;
  }

  /** Opens the adapter and connects to the device named by the connection options. */
  Session connect(DeviceOptions device) {
    BleBackend backend = openBackend();
    return Session.connect(backend, device, root.connectTimeout(), root.callTimeout(), err());
  }
}
