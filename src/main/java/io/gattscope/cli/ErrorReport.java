package io.gattscope.cli;

import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Uuids;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one short message on stderr and an exit code (no stack trace unless asked).
 */
final class ErrorReport {
  private final Cli root;

  ErrorReport(Cli root) {
    this.root = root;
  }

  int onParameterException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    root.err.println("gattscope: " + e.getMessage());
    root.err.println(hint(cl));
    if (root.debug) {
      e.printStackTrace(root.err);
    }
    return Cli.USAGE;
  }

  int onExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    Throwable e = Futures.unwrap(ex);
    int code;
    if (e instanceof AttributeLookupException lookup) {
      root.err.println("gattscope: " + lookup.getMessage());
      for (GattCharacteristic c : lookup.candidates()) {
        root.err.printf(
            Locale.ROOT,
            "  candidate: %s/%s  (value handle 0x%04X)%n",
            Uuids.format(c.serviceUuid()),
            Uuids.format(c.uuid()),
            c.valueHandle());
      }
      code = Cli.BLE_FAILURE;
    } else if (e instanceof BleException) {
      root.err.println("gattscope: " + e.getMessage());
      code = Cli.BLE_FAILURE;
    } else if (e instanceof IllegalArgumentException) {
      root.err.println("gattscope: " + e.getMessage());
      root.err.println(hint(cl));
      code = Cli.USAGE;
    } else {
      root.err.println("gattscope: unexpected failure: " + e);
      code = Cli.BLE_FAILURE;
    }
    if (root.debug) {
      e.printStackTrace(root.err);
    }
    return code;
  }

  private static String hint(CommandLine cl) {
    return "Try 'gattscope " + path(cl) + "--help' for usage.";
  }

  private static String path(CommandLine cl) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
      sb.insert(0, c.getCommandName() + " ");
    }
    return sb.toString();
  }
}
