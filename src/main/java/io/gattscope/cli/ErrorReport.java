package io.gattscope.cli;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.Uuids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one short message on stderr and an exit code (no stack trace unless asked);
 * under {@code --json} the message is one JSON object: {@code {"error":…,"kind":…,"code":…}}.
 */
final class ErrorReport {
  private final Cli root;

  ErrorReport(Cli root) {
    this.root = root;
  }

  int onParameterException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    // --json after the mistake was not parsed yet, but the user asked for JSON all the same
    root.json |= Arrays.asList(args).contains("--json");
    report(e.getMessage(), "usage", Cli.USAGE, Json.object(), hint(cl));
    if (root.debug) {
      e.printStackTrace(root.err);
    }
    return Cli.USAGE;
  }

  int onExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    Throwable e = Futures.unwrap(ex);
    int code = report(e, hint(cl));
    if (root.debug) {
      e.printStackTrace(root.err);
    }
    return code;
  }

  /** Reports a failure of a command (the shell's commands too) and returns its exit code. */
  int report(Throwable e, String hint) {
    Json extra = Json.object();
    List<String> lines = new ArrayList<>();
    if (e instanceof AttributeLookupException lookup) {
      List<Json> candidates = new ArrayList<>();
      for (GattCharacteristic c : lookup.candidates()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  candidate: %s/%s  (value handle 0x%04X)",
                Uuids.format(c.serviceUuid()),
                Uuids.format(c.uuid()),
                c.valueHandle()));
        candidates.add(
            Json.object()
                .put("service", c.serviceUuid().toString())
                .put("uuid", c.uuid().toString())
                .put("valueHandle", c.valueHandle()));
      }
      extra.putObjects("candidates", candidates);
      report(e.getMessage(), "lookup", Cli.BLE_FAILURE, extra, String.join("\n", lines));
      return Cli.BLE_FAILURE;
    }
    if (e instanceof GattException att) {
      extra.put("attError", att.attErrorCode()).put("attErrorName", att.attErrorName());
    }
    if (e instanceof BleException) {
      report(e.getMessage(), kind(e), Cli.BLE_FAILURE, extra, null);
      return Cli.BLE_FAILURE;
    }
    if (e instanceof IllegalArgumentException) {
      report(e.getMessage(), "usage", Cli.USAGE, extra, hint);
      return Cli.USAGE;
    }
    report("unexpected failure: " + e, "internal", Cli.BLE_FAILURE, extra, null);
    return Cli.BLE_FAILURE;
  }

  private static String kind(Throwable e) {
    if (e instanceof GattException) {
      return "att";
    } else if (e instanceof BleTimeoutException) {
      return "timeout";
    } else if (e instanceof NotConnectedException) {
      return "not-connected";
    } else if (e instanceof AdapterUnavailableException) {
      return "adapter";
    } else if (e instanceof PairingException) {
      return "pairing";
    } else if (e instanceof BackendException) {
      return "backend";
    }
    return "bluetooth";
  }

  private void report(String message, String kind, int code, Json extra, String detail) {
    if (root.json) {
      String fields = extra.toString();
      Json o = Json.object().put("error", message).put("kind", kind).put("code", code);
      String text = o.toString();
      if (fields.length() > 2) {
        text = text.substring(0, text.length() - 1) + "," + fields.substring(1);
      }
      root.err.println(text);
      return;
    }
    root.err.println("gattscope: " + message);
    if (detail != null && !detail.isEmpty()) {
      root.err.println(detail);
    }
  }

  static String hint(CommandLine cl) {
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
