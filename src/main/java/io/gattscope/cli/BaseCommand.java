package io.gattscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.BleBackend;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options, the output streams and opening adapters. */
abstract class BaseCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  /** The root command with the global options, set when the command runs. */
  Cli root;

  @Override
  public final Integer call() throws Exception {
    root = (Cli) spec.root().userObject();
    if (root.debug
        && LoggerFactory.getLogger("io.gattscope") instanceof ch.qos.logback.classic.Logger l) {
      l.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }
    return execute();
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

  /** A fresh JSON object for one output line. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Prints one JSON value as one line on stdout. */
  void printJson(Object value) {
    try {
      String line = JSON.writeValueAsString(value);
      synchronized (root.out) {
        root.out.println(line);
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The adapter id from {@code --adapter}, else the preferred adapter's id. */
  String adapterId() {
    if (root.adapter != null && !root.adapter.isBlank()) {
      return root.adapter.trim();
    }
    AdapterDescriptor preferred = root.backends.preferred();
    return preferred.id();
  }

  /** Creates and starts the chosen adapter. */
  BleBackend openBackend() {
    String id = adapterId();
    err().println("Using adapter " + id);
    BleBackend backend = root.backends.create(id);
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
