package io.gattscope.ble.snapshot;

import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattException;
import io.gattscope.ble.GattService;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Captures a snapshot of a connected device on any backend. */
public final class Snapshots {
  /** The advertising interval written for a captured device: a scan cannot see the real one. */
  public static final int CAPTURED_INTERVAL_MILLIS = 100;

  private Snapshots() {}

  /**
   * Discovers the device's whole GATT table, reads every readable value and descriptor (long reads;
   * a refused read is kept as its ATT error) and, for {@code record} longer than zero, records
   * every characteristic that notifies or indicates for that long.
   *
   * @param device a connected device
   * @param scan what the scan saw of it (advertising data and scan response)
   * @param record how long to record notifications and indications; zero records none
   * @return the snapshot
   * @throws BleException when discovery, a subscription or the link fails (a read refused with an
   *     ATT error does not)
   * @throws IllegalArgumentException when the advertising data does not fit legacy advertising
   */
  public static Snapshot capture(BleDevice device, ScanResult scan, Duration record) {
    GattDatabase db = device.discover();
    Map<Integer, Recording> recordings =
        record.isZero() || record.isNegative() ? Map.of() : record(device, db, record);
    List<SnapshotService> services = new ArrayList<>();
    for (GattService s : db.services()) {
      List<SnapshotCharacteristic> chars = new ArrayList<>();
      for (GattCharacteristic c : s.characteristics()) {
        CapturedValue value =
            c.has(CharacteristicProperty.READ) ? read(device, c.valueHandle()) : CapturedValue.NONE;
        List<SnapshotDescriptor> descriptors = new ArrayList<>();
        for (GattDescriptor d : c.descriptors()) {
          descriptors.add(new SnapshotDescriptor(d.uuid(), d.handle(), read(device, d.handle())));
        }
        chars.add(
            new SnapshotCharacteristic(
                c.uuid(),
                c.declarationHandle(),
                c.properties(),
                value,
                descriptors,
                recordings.get(c.valueHandle())));
      }
      services.add(new SnapshotService(s.uuid(), s.startHandle(), s.endHandle(), chars));
    }
    return new Snapshot(
        device.address(),
        device.addressType(),
        scan.name().orElse(""),
        advertising(scan),
        connection(device.parameters()),
        services);
  }

  private static SnapshotAdvertising advertising(ScanResult scan) {
    byte[] response = scan.scanResponseData();
    Advertisement.PacketType type =
        scan.connectable()
            ? Advertisement.PacketType.CONNECTABLE
            : response.length > 0
                ? Advertisement.PacketType.DISCOVERABLE
                : Advertisement.PacketType.NON_CONNECTABLE;
    if (scan.advertisingData().length > 31 || response.length > 31) {
      throw new IllegalArgumentException(
          "advertising data of "
              + Math.max(scan.advertisingData().length, response.length)
              + " bytes cannot be served: legacy advertising holds 31");
    }
    return new SnapshotAdvertising(
        type,
        CAPTURED_INTERVAL_MILLIS,
        Math.max(-127, Math.min(20, scan.rssi())),
        scan.advertisingData(),
        response.length > 0 ? response : null);
  }

  private static SnapshotConnection connection(ConnectionParameters p) {
    if (p == null) {
      return null;
    }
    return new SnapshotConnection(
        p.interval().toNanos() / 1e6, p.latency(), p.supervisionTimeout().toMillis());
  }

  private static CapturedValue read(BleDevice device, int handle) {
    try {
      return CapturedValue.of(
          Futures.await(
              device.readLongHandleAsync(handle),
              device.operationTimeout(),
              String.format("reading handle 0x%04X", handle)));
    } catch (GattException e) {
      return CapturedValue.error(e.attErrorCode());
    }
  }

  private static Map<Integer, Recording> record(BleDevice device, GattDatabase db, Duration d) {
    Map<Integer, List<Recording.Sample>> samples = new HashMap<>();
    Map<Integer, Boolean> indicated = new HashMap<>();
    List<Subscription> subs = new ArrayList<>();
    long start = System.nanoTime();
    CompletableFuture<DisconnectReason> lost = new CompletableFuture<>();
    Registration watch =
        device.addConnectionListener(
            new ConnectionListener() {
              @Override
              public void onDisconnected(BleDevice dev, DisconnectReason reason) {
                lost.complete(reason);
              }

              @Override
              public void onLinkLost(BleDevice dev, DisconnectReason reason) {
                lost.complete(reason);
              }
            });
    try {
      for (GattCharacteristic c : db.characteristics()) {
        boolean notify = c.has(CharacteristicProperty.NOTIFY);
        if (c.cccd().isEmpty() || !(notify || c.has(CharacteristicProperty.INDICATE))) {
          continue;
        }
        List<Recording.Sample> list = new ArrayList<>();
        samples.put(c.valueHandle(), list);
        indicated.put(c.valueHandle(), !notify);
        CompletableFuture<Subscription> f =
            device.subscribeAsync(
                c,
                notify ? SubscriptionType.NOTIFY : SubscriptionType.INDICATE,
                (handle, value, at) -> {
                  synchronized (list) {
                    list.add(new Recording.Sample(Math.max(0, (at - start) / 1_000_000), value));
                  }
                });
        subs.add(Futures.await(f, device.operationTimeout(), "subscribing for the recording"));
      }
      DisconnectReason reason = lost.get(d.toMillis(), TimeUnit.MILLISECONDS);
      throw new NotConnectedException("the link was lost while recording: " + reason);
    } catch (TimeoutException recordedTheWholeTime) {
      // the normal end: the link stayed up for the whole recording
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BleException("interrupted while recording", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      watch.close();
      subs.forEach(Subscription::close);
    }
    long duration = Math.max(1, (System.nanoTime() - start) / 1_000_000);
    Map<Integer, Recording> out = new HashMap<>();
    samples.forEach(
        (handle, list) -> {
          synchronized (list) {
            if (!list.isEmpty()) {
              long end = Math.max(duration, list.get(list.size() - 1).atMillis());
              out.put(handle, new Recording(indicated.get(handle), end, List.copyOf(list)));
            }
          }
        });
    return out;
  }
}
