package io.gattscope.ble.gatttool;

import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattException;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.Uuids;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/** Checks of arguments before anything is typed into gatttool, and small answer checks. */
final class DeviceChecks {
  private DeviceChecks() {}

  /** The handle of the discovered CCCD to write for a subscription. */
  static int cccd(GattCharacteristic c, SubscriptionType type) {
    GattArguments.requireSubscribable(c, type);
    return c.cccd()
        .orElseThrow(
            () ->
                new AttributeLookupException(
                    "characteristic "
                        + Uuids.format(c.uuid())
                        + " at handle "
                        + HexValues.label(c.valueHandle())
                        + " has no CCCD (0x2902) in the discovered database",
                    List.of(c)))
        .handle();
  }

  /** Turns "no attribute found" into an empty list (a service without characteristics). */
  static <T> List<T> emptyWhenNotFound(Throwable t) {
    Throwable c = Futures.unwrap(t);
    if (c instanceof GattException g && g.attErrorCode() == 0x0A) {
      return List.of();
    }
    throw c instanceof CompletionException ce ? ce : new CompletionException(c);
  }

  /** The one value a read by UUID found, or an exception naming what was found. */
  static byte[] single(List<OutputLine.HandleValue> found, UUID uuid, GattDatabase db) {
    if (found.size() == 1) {
      return found.get(0).value();
    }
    List<GattCharacteristic> candidates = new ArrayList<>();
    if (db != null) {
      found.forEach(f -> db.byHandle(f.handle()).ifPresent(candidates::add));
    }
    String where =
        found.stream().map(f -> describe(f.handle(), db)).collect(Collectors.joining("; "));
    throw new AttributeLookupException(
        "characteristic "
            + Uuids.format(uuid)
            + " is ambiguous, it is in "
            + found.size()
            + " places: "
            + where
            + ". Read it by handle or name the service.",
        candidates);
  }

  private static String describe(int handle, GattDatabase db) {
    String h = "value handle " + HexValues.label(handle);
    if (db == null) {
      return h;
    }
    return db.serviceOf(handle).map(s -> h + " in service " + Uuids.format(s.uuid())).orElse(h);
  }
}
