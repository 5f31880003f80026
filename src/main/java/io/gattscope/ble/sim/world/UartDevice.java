package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.Attribute;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated serial-over-BLE board "GattScope UART": the Nordic UART Service, echoing every line
 * written to RX back on TX, answering {@code help} with a help text and printing a sensor line
 * ({@code t:12.5,hum:40.1,co2:612}) every 100 ms; output longer than one notification's payload
 * (ATT_MTU 23 - 3 bytes) is split over several notifications as NUS firmware does.
 */
public final class UartDevice {
  /** Its public address. */
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:01:06");

  /** The Nordic UART Service. */
  public static final UUID SERVICE = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");

  /** RX: the client writes text here (write and write without response). */
  public static final UUID RX_UUID = UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e");

  /** TX: the device notifies its text here. */
  public static final UUID TX_UUID = UUID.fromString("6e400003-b5a3-f393-e0a9-e50e24dcca9e");

  /** Value handle of RX. */
  public static final int RX = 0x0008;

  /** Value handle of TX. */
  public static final int TX = 0x000A;

  /** Handle of TX's CCCD. */
  public static final int TX_CCCD = 0x000B;

  /** The most bytes one notification carries (ATT_MTU 23 - 3). */
  public static final int PAYLOAD = AttServer.MTU - 3;

  /** Milliseconds between two sensor lines. */
  public static final int SENSOR_PERIOD_MS = 100;

  /** The text answering a {@code help} line. */
  public static final String HELP =
      "GattScope UART commands:\r\n"
          + "  help  shows this text\r\n"
          + "  any other line is echoed back\r\n"
          + "Every 100 ms: t:<temperature C>,hum:<humidity %>,co2:<CO2 ppm>\r\n";

  /** Chunks waiting beyond this many are dropped, oldest first, as a full UART buffer would. */
  static final int MAX_QUEUED = 512;

  /** Received bytes without a line end beyond this many are echoed as they are. */
  static final int MAX_LINE = 256;

  private static final Logger LOG = LoggerFactory.getLogger(UartDevice.class);

  private static final long PERIOD_NANOS = SENSOR_PERIOD_MS * 1_000_000L;

  private final SplittableRandom random;
  private final LongSupplier clock;
  private final Deque<byte[]> queue = new ArrayDeque<>();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private double temperature = 12.5;
  private double humidity = 40.1;
  private double co2 = 612;
  private long nextSensor;
  private boolean started;
  private long dropped;

  private UartDevice(long seed, LongSupplier clock) {
    this.random = new SplittableRandom(seed);
    this.clock = clock;
  }

  /**
   * Builds the peripheral; {@code seed} makes its sensor values repeatable.
   *
   * @param seed seeds the slow walk of temperature, humidity and CO2
   * @return a connectable peripheral at {@link #ADDRESS}
   */
  public static SimPeripheral create(long seed) {
    return create(seed, System::nanoTime);
  }

  static SimPeripheral create(long seed, LongSupplier clock) {
    return new UartDevice(seed, clock).build();
  }

  private SimPeripheral build() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope UART", 0x0000);
    b.service(SERVICE);
    int writes = CharProps.WRITE | CharProps.WRITE_WITHOUT_RESPONSE;
    b.characteristic(
        RX_UUID, writes, AttPermissions.fromProperties(writes), new byte[0], null, this::received);
    int tx = b.characteristic(TX_UUID, CharProps.NOTIFY, new byte[0]);
    b.cccd();
    AttributeDatabase db = b.build();
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            100,
            AdData.create().flags(0x06).service128(SERVICE).build(),
            AdData.create().name("GattScope UART").build(),
            -52);
    return new SimPeripheral(
        "uart", adv, db, List.of(new Output(db.get(tx).orElseThrow())), OptionalInt.empty());
  }

  /** Collects written bytes into lines; each finished line is echoed, {@code help} answered. */
  private synchronized void received(byte[] data) {
    for (byte c : data) {
      if (c == '\n' || c == '\r') {
        if (line.size() > 0) {
          finishLine();
        }
      } else {
        line.write(c);
        if (line.size() >= MAX_LINE) {
          finishLine();
        }
      }
    }
  }

  private void finishLine() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    enqueue(text + "\r\n");
    if (text.trim().equals("help")) {
      enqueue(HELP);
    }
  }

  private void enqueue(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += PAYLOAD) {
      if (queue.size() >= MAX_QUEUED) {
        queue.removeFirst();
        dropped++;
        if (dropped % 1000 == 1) {
          LOG.warn("GattScope UART: output queue full, {} notifications dropped so far", dropped);
        }
      }
      queue.addLast(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + PAYLOAD)));
    }
  }

  /** Queues the sensor lines due by now; after a long pause only the latest one. */
  private void sensorLines() {
    long now = clock.getAsLong();
    if (!started) {
      started = true;
      nextSensor = now;
    }
    if (now - nextSensor > 10 * PERIOD_NANOS) {
      nextSensor = now;
    }
    while (now - nextSensor >= 0) {
      nextSensor += PERIOD_NANOS;
      enqueue(sensorLine());
    }
  }

  private String sensorLine() {
    temperature += random.nextGaussian() * 0.05 + (12.5 - temperature) * 0.01;
    humidity += random.nextGaussian() * 0.1 + (40 - humidity) * 0.01;
    co2 += random.nextGaussian() * 3 + (600 - co2) * 0.01;
    return String.format(
        Locale.ROOT, "t:%.1f,hum:%.1f,co2:%d\r\n", temperature, humidity, Math.round(co2));
  }

  private synchronized int ready() {
    sensorLines();
    return queue.size();
  }

  private synchronized byte[] take() {
    byte[] chunk = queue.pollFirst();
    return chunk == null ? new byte[0] : chunk;
  }

  /** TX: notifies the queued chunks, never more than are ready. */
  private final class Output implements ValueStream {
    private final Attribute attribute;

    Output(Attribute attribute) {
      this.attribute = attribute;
    }

    @Override
    public int valueHandle() {
      return attribute.handle();
    }

    @Override
    public boolean indicate() {
      return false;
    }

    @Override
    public double rateHz() {
      return 4000;
    }

    @Override
    public int ready() {
      return UartDevice.this.ready();
    }

    @Override
    public byte[] next() {
      byte[] v = take();
      attribute.updateValue(v);
      return v;
    }
  }
}
