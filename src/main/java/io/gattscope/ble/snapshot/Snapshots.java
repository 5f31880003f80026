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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Captures a snapshot of a connected device on any backend. */
public final class Snapshots {
  /** The advertising interval written for a captured device: a scan cannot see the real one. */
  public static final int CAPTURED_INTERVAL_MILLIS = 100;

  /** How often a recording reports how far it is. */
  private static final Duration RECORDING_STEP = Duration.ofMillis(250);

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
    return capture(device, scan, record, CaptureProgress.silent());
  }

  /**
   * Captures like {@link #capture(BleDevice, ScanResult, Duration)}, telling {@code progress} each
   * step (discovery, recording, then every read) and stopping when it is cancelled.
   *
   * @param device a connected device
   * @param scan what the scan saw of it (advertising data and scan response)
   * @param record how long to record notifications and indications; zero records none
   * @param progress hears each step and may cancel the capture
   * @return the snapshot
   * @throws BleException when discovery, a subscription or the link fails (a read refused with an
   *     ATT error does not)
   * @throws IllegalArgumentException when the advertising data does not fit legacy advertising
   * @throws CancellationException when {@code progress} was cancelled before the capture ended
   */
  public static Snapshot capture(
      BleDevice device, ScanResult scan, Duration record, CaptureProgress progress) {
    return capture(device, scan, record, c -> true, progress);
  }

  /**
   * Captures like {@link #capture(BleDevice, ScanResult, Duration, CaptureProgress)}, recording
   * only the characteristics {@code recorded} accepts (e.g. those subscribed to already).
   *
   * @param device a connected device
   * @param scan what the scan saw of it (advertising data and scan response)
   * @param record how long to record notifications and indications; zero records none
   * @param recorded which of the characteristics that notify or indicate to record
   * @param progress hears each step and may cancel the capture
   * @return the snapshot
   * @throws BleException when discovery, a subscription or the link fails (a read refused with an
   *     ATT error does not)
   * @throws IllegalArgumentException when the advertising data does not fit legacy advertising
   * @throws CancellationException when {@code progress} was cancelled before the capture ended
   */
  public static Snapshot capture(
      BleDevice device,
      ScanResult scan,
      Duration record,
      Predicate<GattCharacteristic> recorded,
      CaptureProgress progress) {
    SnapshotAdvertising advertising = advertising(scan, true);
    progress.report(CaptureProgress.Phase.DISCOVERING, 0, 0);
    GattDatabase db = device.discover();
    Map<Integer, Recording> recordings =
        record.isZero() || record.isNegative()
            ? Map.of()
            : record(device, db, record, recorded, progress);
    int total = 0;
    for (GattCharacteristic c : db.characteristics()) {
      total += (c.has(CharacteristicProperty.READ) ? 1 : 0) + c.descriptors().size();
    }
    int done = 0;
    progress.report(CaptureProgress.Phase.READING, done, total);
    List<SnapshotService> services = new ArrayList<>();
    for (GattService s : db.services()) {
      List<SnapshotCharacteristic> chars = new ArrayList<>();
      for (GattCharacteristic c : s.characteristics()) {
        CapturedValue value = CapturedValue.NONE;
        if (c.has(CharacteristicProperty.READ)) {
          value = read(device, c.valueHandle());
          progress.report(CaptureProgress.Phase.READING, ++done, total);
        }
        List<SnapshotDescriptor> descriptors = new ArrayList<>();
        for (GattDescriptor d : c.descriptors()) {
          descriptors.add(new SnapshotDescriptor(d.uuid(), d.handle(), read(device, d.handle())));
          progress.report(CaptureProgress.Phase.READING, ++done, total);
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
        advertising,
        connection(device.parameters()),
        services);
  }

  /**
   * Describes a device from its advertising alone, without connecting: how a beacon or any other
   * device that does not accept connections is captured.
   *
   * @param scan what the scan saw of it (advertising data and scan response)
   * @return a snapshot with the advertising, no connection parameters and no GATT table
   * @throws IllegalArgumentException when the advertising data does not fit legacy advertising
   */
  public static Snapshot ofAdvertising(ScanResult scan) {
    return new Snapshot(
        scan.address(),
        scan.addressType(),
        scan.name().orElse(""),
        advertising(scan, false),
        null,
        List.of());
  }

  /**
   * The advertising a scan saw; {@code connected} marks a device the capture connected to as
   * connectable whatever its last advertisement said, so its table is served.
   */
  private static SnapshotAdvertising advertising(ScanResult scan, boolean connected) {
    byte[] response = scan.scanResponseData();
    Advertisement.PacketType type =
        connected || scan.connectable()
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

  /**
   * Waits until the recording time is up, reporting it every {@link #RECORDING_STEP}; fails at once
   * when the link drops or the capture is cancelled.
   */
  private static void waitWhileRecording(
      CompletableFuture<DisconnectReason> lost, Duration d, long start, CaptureProgress progress)
      throws InterruptedException, ExecutionException {
    int total = (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    CompletableFuture<Object> woken = CompletableFuture.anyOf(lost, progress.cancelledSignal());
    while (true) {
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      progress.report(CaptureProgress.Phase.RECORDING, (int) Math.min(total, elapsed), total);
      long left = total - elapsed;
      if (left <= 0) {
        return;
      }
      try {
        woken.get(Math.min(left, RECORDING_STEP.toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRecording) {
        continue;
      }
      progress.check();
      throw new NotConnectedException("the link was lost while recording: " + lost.getNow(null));
    }
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

  private static Map<Integer, Recording> record(
      BleDevice device,
      GattDatabase db,
      Duration d,
      Predicate<GattCharacteristic> recorded,
      CaptureProgress progress) {
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
        if (c.cccd().isEmpty()
            || !(notify || c.has(CharacteristicProperty.INDICATE))
            || !recorded.test(c)) {
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
      waitWhileRecording(lost, d, start, progress);
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
