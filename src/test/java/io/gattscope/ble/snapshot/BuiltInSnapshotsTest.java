package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.Futures;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanFilter;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.gatt.AttErrorException;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.AttSession;
import io.gattscope.ble.sim.world.Advertiser;
import io.gattscope.ble.sim.world.AdvertisingReport;
import io.gattscope.ble.sim.world.Airwaves;
import io.gattscope.ble.sim.world.BuiltInSignals;
import io.gattscope.ble.sim.world.BuiltInSnapshots;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import io.gattscope.ble.sim.world.UartDevice;
import io.gattscope.ble.sim.world.ValueStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in devices described as snapshots: each description loads, equals a capture of the code
 * device (tree and static values; a beacon's advertising), served it captures the same again, and
 * it takes writes and pushes signals as the built-in device does.
 */
class BuiltInSnapshotsTest {

  @ParameterizedTest
  @ValueSource(strings = {"hrm", "thermo", "imu", "twin", "secure", "uart"})
  void theDescriptionEqualsACaptureOfTheCodeDevice(String name) throws Exception {
    Snapshot described = BuiltInSnapshots.read(name);
    SimulatorConfig config = SimulatorConfig.defaults();
    SimPeripheral code = config.world().byName(name).orElseThrow();
    assertThat(described.address()).isEqualTo(code.address());
    assertThat(described.advertising().intervalMillis())
        .isEqualTo(code.advertiser().intervalMillis());
    assertThat(described.advertising().rssi()).isEqualTo(code.advertiser().meanRssi());

    Snapshot captured = SnapshotRoundTripTest.captureFrom(config, code);
    assertThat(comparable(captured, described)).isEqualTo(comparable(described, described));

    SimPeripheral served = SnapshotPeripheral.create(described);
    assertThat(served.streams()).hasSameSizeAs(code.streams());
    Snapshot again =
        SnapshotRoundTripTest.captureFrom(
            SimulatorConfig.defaults().withDevices(List.of(served)), served);
    assertThat(comparable(again, described)).isEqualTo(comparable(described, described));
  }

  @Test
  void eachBeaconIsDescribedByWhatItAdvertises() throws Exception {
    SimulatorConfig config = SimulatorConfig.defaults();
    List<SimPeripheral> beacons =
        config.world().peripherals().stream().filter(p -> p.database() == null).toList();
    assertThat(beacons)
        .extracting(SimPeripheral::name)
        .as("every beacon is described")
        .containsExactlyElementsOf(beaconNames());
    for (SimPeripheral code : beacons) {
      Snapshot d = BuiltInSnapshots.read(code.name());
      Advertiser a = code.advertiser();
      assertThat(d.address()).isEqualTo(a.address());
      assertThat(d.addressType()).isEqualTo(a.addressType());
      assertThat(d.advertising().packetType().code()).isEqualTo(a.packetType());
      assertThat(d.advertising().intervalMillis()).isEqualTo(a.intervalMillis());
      assertThat(d.advertising().rssi()).isEqualTo(a.meanRssi());
      assertThat(d.advertising().data()).isEqualTo(a.advData());
      assertThat(d.advertising().scanResponse()).isEqualTo(a.scanResponse());
      assertThat(d.services()).isEmpty();
    }

    // A scan uses observation mode, which reports every advertiser, the Microsoft beacons
    // (no Flags) included.
    Map<BleAddress, ScanResult> heard = scanAll(config, beacons);
    for (SimPeripheral p : beacons) {
      Snapshot d = BuiltInSnapshots.read(p.name());
      assertThat(comparable(Snapshots.ofAdvertising(heard.get(p.address())), d))
          .as("a capture of %s's advertising", p.name())
          .isEqualTo(comparable(d, d));
    }
  }

  @Test
  void aServedBeaconAdvertisesExactlyItsDescription() throws Exception {
    List<Snapshot> described = new ArrayList<>();
    for (String name : beaconNames()) {
      described.add(BuiltInSnapshots.read(name));
    }
    List<SimPeripheral> served = described.stream().map(SnapshotPeripheral::create).toList();
    assertThat(served).allSatisfy(p -> assertThat(p.server()).as("no GATT server").isEmpty());
    Airwaves air = new Airwaves(new SimWorld(served), 7, 0);
    air.configure(16, 16, true);
    Map<BleAddress, List<AdvertisingReport>> onAir = new HashMap<>();
    for (long t = 0; t <= 30_000_000_000L; t += 10_000_000L) {
      for (AdvertisingReport r : air.poll(t)) {
        onAir.computeIfAbsent(r.address(), k -> new ArrayList<>()).add(r);
      }
    }
    for (Snapshot d : described) {
      List<AdvertisingReport> reports = onAir.getOrDefault(d.address(), List.of());
      SnapshotAdvertising a = d.advertising();
      assertThat(reports).as("%s was heard", d.address()).isNotEmpty();
      for (AdvertisingReport r : reports) {
        if (r.packetType() == Advertisement.PacketType.SCAN_RESPONSE.code()) {
          assertThat(r.data()).as("%s's scan response", d.address()).isEqualTo(a.scanResponse());
        } else {
          assertThat(r.packetType())
              .as("%s's packet type", d.address())
              .isEqualTo(a.packetType().code());
          assertThat(r.data()).as("%s's advertising data", d.address()).isEqualTo(a.data());
        }
        assertThat(r.addressType()).isEqualTo(d.addressType());
      }
      assertThat(reports.stream().anyMatch(r -> r.packetType() == 4))
          .as("%s answers an active scan exactly when it has a scan response", d.address())
          .isEqualTo(a.scanResponse() != null);
    }
  }

  private static List<String> beaconNames() {
    return BuiltInSnapshots.NAMES.subList(6, BuiltInSnapshots.NAMES.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hrm", "thermo", "imu", "twin", "secure", "uart"})
  void aServedDescriptionTakesTheSameWritesAsTheCodeDevice(String name) throws Exception {
    Snapshot description = BuiltInSnapshots.read(name);
    SimPeripheral code = SimulatorConfig.defaults().world().byName(name).orElseThrow();
    SimPeripheral served = SnapshotPeripheral.create(description);
    int writable =
        CharacteristicProperty.WRITE.mask() | CharacteristicProperty.WRITE_WITHOUT_RESPONSE.mask();
    List<Integer> handles =
        description.services().stream()
            .flatMap(x -> x.characteristics().stream())
            .filter(c -> (c.properties() & writable) != 0)
            .map(SnapshotCharacteristic::valueHandle)
            .toList();
    for (int handle : handles) {
      for (int length : new int[] {0, 1, 2, 3, 20, 21, 200, 201, 512}) {
        assertThat(writeOutcome(served, handle, length))
            .as("a %d-byte write to handle 0x%04X", length, handle)
            .isEqualTo(writeOutcome(code, handle, length));
      }
    }
  }

  @Test
  void aServedDescriptionsWritesHaveTheBuiltInsEffects() throws Exception {
    SimPeripheral uart = SnapshotPeripheral.create(BuiltInSnapshots.read("uart"));
    AttServer server = uart.server().orElseThrow();
    server.write(new AttSession(), UartDevice.RX, "help\n".getBytes(StandardCharsets.UTF_8));
    ValueStream tx = uart.stream(UartDevice.TX).orElseThrow();
    StringBuilder text = new StringBuilder();
    while (tx.ready() > 0) {
      text.append(new String(tx.next(), StandardCharsets.UTF_8));
    }
    assertThat(text.toString())
        .as("the echo, the help text, then a sensor line")
        .startsWith("help\r\n" + UartDevice.HELP + "t:");

    SimPeripheral imu = SnapshotPeripheral.create(BuiltInSnapshots.read("imu"));
    ValueStream motion = imu.stream(MotionSensor.MOTION).orElseThrow();
    assertThat(motion.rateHz()).isEqualTo(MotionSensor.DEFAULT_RATE_HZ);
    imu.server()
        .orElseThrow()
        .write(new AttSession(), MotionSensor.SAMPLE_RATE, new byte[] {50, 0});
    assertThat(motion.rateHz()).as("the written sample rate").isEqualTo(50);
    assertThat(imu.stream(MotionSensor.COUNTED_MOTION).orElseThrow().rateHz())
        .as("one IMU behind both streams")
        .isEqualTo(50);
  }

  /** "ok", or the ATT error a write of {@code length} bytes gets. */
  private static String writeOutcome(SimPeripheral p, int handle, int length) {
    try {
      p.server().orElseThrow().write(new AttSession(), handle, new byte[length]);
      return "ok";
    } catch (AttErrorException e) {
      return String.format("ATT 0x%02X", e.code());
    }
  }

  /** Scans one simulated world until every device has been heard (with its scan response). */
  private static Map<BleAddress, ScanResult> scanAll(
      SimulatorConfig config, List<SimPeripheral> devices) {
    SimulatedAdapter a = SimulatedAdapter.start(config, BgapiOptions.defaults());
    Map<BleAddress, ScanResult> heard = new ConcurrentHashMap<>();
    CompletableFuture<Void> all = new CompletableFuture<>();
    try (Registration r =
        a.backend()
            .startScan(
                ScanOptions.defaults(Duration.ofSeconds(30)),
                ScanFilter.any(),
                s -> {
                  devices.stream()
                      .filter(p -> p.address().equals(s.address()))
                      .filter(p -> !p.advertiser().scannable() || s.scanResponseData().length > 0)
                      .findFirst()
                      .ifPresent(p -> heard.put(p.address(), s));
                  if (heard.size() == devices.size()) {
                    all.complete(null);
                  }
                })) {
      Futures.await(all, Duration.ofSeconds(30), "the scan of every beacon");
      return Map.copyOf(heard);
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
  }

  @Test
  void aServedDescriptionPushesTheReferencedSignal() throws Exception {
    SimPeripheral served = SnapshotPeripheral.create(BuiltInSnapshots.read("hrm"));
    SimulatedAdapter a =
        SimulatedAdapter.start(
            SimulatorConfig.defaults().withDevices(List.of(served)), BgapiOptions.defaults());
    List<byte[]> got = new ArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    try (BleDevice d = a.backend().connect(SnapshotRoundTripTest.scan(a.backend(), served));
        Subscription s =
            d.subscribe(
                CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT),
                SubscriptionType.NOTIFY,
                (h, v, t) -> {
                  synchronized (got) {
                    got.add(v);
                  }
                  two.countDown();
                })) {
      assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
    synchronized (got) {
      for (byte[] v : got) {
        assertThat(v[0] & 0xFE).as("heart rate flags").isEqualTo(0x16);
        assertThat(v[1] & 0xFF).as("bpm").isBetween(60, 180);
      }
    }
  }

  @Test
  void unknownNamesAreRefused() {
    assertThatThrownBy(() -> BuiltInSnapshots.read("toaster"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "no built-in device 'toaster' is described; known: hrm, thermo, imu, twin, secure,"
                + " uart, ibeacon-1, ");
    assertThat(BuiltInSignals.names())
        .contains(
            "hrm/2a37", "hrm/2a19", "thermo/2a1c", "uart/6e400003-b5a3-f393-e0a9-e50e24dcca9e")
        .hasSize(9);
  }

  @Test
  void aGeneratorNoDeviceHasIsRefusedWithItsPath() throws Exception {
    String json =
        SnapshotWriter.toJson(BuiltInSnapshots.read("hrm")).replace("hrm/2a19", "hrm/2a99");
    Snapshot s = SnapshotReader.parse(json);
    assertThatThrownBy(() -> SnapshotPeripheral.create(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "$.services[2].characteristics[0].generator: no built-in device generates 'hrm/2a99';"
                + " known: hrm/2a19, hrm/2a37,");
  }

  /**
   * The description's view of a snapshot: its interval and RSSI (a scan sees neither), no
   * connection parameters, no generator references, and no value for a generated characteristic.
   */
  private static String comparable(Snapshot s, Snapshot description) {
    List<String> generated = new ArrayList<>();
    description.services().stream()
        .flatMap(x -> x.characteristics().stream())
        .filter(c -> c.generator() != null)
        .forEach(c -> generated.add(Integer.toString(c.valueHandle())));
    List<SnapshotService> services = new ArrayList<>();
    for (SnapshotService svc : s.services()) {
      List<SnapshotCharacteristic> chars = new ArrayList<>();
      for (SnapshotCharacteristic c : svc.characteristics()) {
        boolean gen = generated.contains(Integer.toString(c.valueHandle()));
        chars.add(
            new SnapshotCharacteristic(
                c.uuid(),
                c.declarationHandle(),
                c.properties(),
                gen ? CapturedValue.NONE : c.value(),
                c.descriptors(),
                c.recording()));
      }
      services.add(new SnapshotService(svc.uuid(), svc.handle(), svc.endHandle(), chars));
    }
    SnapshotAdvertising a = s.advertising();
    SnapshotAdvertising d = description.advertising();
    return SnapshotWriter.toJson(
        new Snapshot(
            s.address(),
            s.addressType(),
            s.name(),
            new SnapshotAdvertising(
                a.packetType(), d.intervalMillis(), d.rssi(), a.data(), a.scanResponse()),
            null,
            services));
  }
}
