package io.gattscope.app.chart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import io.gattscope.ble.sim.world.ValueStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated IMU behind the real BGAPI backend, connected and ready to subscribe, counting every
 * notification the simulator generates so a benchmark or test can tell what got lost.
 */
public final class SimulatedImu implements AutoCloseable {
  private final SimulatedAdapter adapter;
  private final BleDevice device;
  private final AtomicLong generated = new AtomicLong();
  private final AtomicLong toLose = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final GattDatabase database;

  /** Starts a simulator holding only the IMU, connects to it and discovers its database. */
  public SimulatedImu() {
    SimPeripheral imu = MotionSensor.create(7);
    List<ValueStream> counted = imu.streams().stream().map(this::counting).toList();
    SimPeripheral wrapped =
        new SimPeripheral(imu.name(), imu.advertiser(), imu.database(), counted, imu.passkey());
    adapter =
        SimulatedAdapter.start(
            SimulatorConfig.defaults().withWorld(new SimWorld(List.of(wrapped))),
            BgapiOptions.defaults());
    device =
        adapter
            .backend()
            .connect(
                MotionSensor.ADDRESS,
                ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(5)));
    database = device.discover();
  }

  /** Connects to the IMU again (after its link dropped) and discovers it; returns the new link. */
  public BleDevice reconnect() {
    BleDevice again =
        adapter
            .backend()
            .connect(
                MotionSensor.ADDRESS,
                ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(5)));
    again.discover();
    return again;
  }

  /** The connected IMU. */
  public BleDevice device() {
    return device;
  }

  /** Its discovered GATT database. */
  public GattDatabase database() {
    return database;
  }

  private ValueStream counting(ValueStream s) {
    return new ValueStream() {
      @Override
      public int valueHandle() {
        return s.valueHandle();
      }

      @Override
      public boolean indicate() {
        return s.indicate();
      }

      @Override
      public double rateHz() {
        return s.rateHz();
      }

      @Override
      public byte[] next() {
        generated.incrementAndGet();
        if (s.valueHandle() == MotionSensor.COUNTED_MOTION
            && toLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          // the device makes a sample that never goes on the air
          s.next();
          lost.incrementAndGet();
        }
        return s.next();
      }
    };
  }

  /** Sets the IMU's sample rate through its writable characteristic (0 stops it). */
  public void setRateHz(int hz) {
    if (hz < 0 || hz > 0xFFFF) {
      throw new IllegalArgumentException("rate must be 0..65535 Hz, got " + hz);
    }
    device.write(
        CharacteristicRef.handle(MotionSensor.SAMPLE_RATE),
        new byte[] {(byte) hz, (byte) (hz >>> 8)});
  }

  /** Subscribes to the motion characteristic (six int16 per notification). */
  public Subscription subscribe(NotificationListener listener) {
    return device.subscribe(CharacteristicRef.handle(MotionSensor.MOTION), listener);
  }

  /** Subscribes to the counted motion characteristic (six int16 and a u16 sample counter). */
  public Subscription subscribeCounted(NotificationListener listener) {
    return device.subscribe(CharacteristicRef.handle(MotionSensor.COUNTED_MOTION), listener);
  }

  /**
   * Makes the counted motion lose its next {@code samples} samples on the device side, one per
   * notification: each is made (its counter advances) but never sent.
   */
  public void loseCountedSamples(long samples) {
    toLose.addAndGet(samples);
  }

  /** Counted motion samples lost on the device side so far. */
  public long lostCountedSamples() {
    return lost.get();
  }

  /** Notifications the simulator has generated so far. */
  public long generated() {
    return generated.get();
  }

  /** Listener callbacks the backend dropped because listeners fell behind. */
  public long droppedCallbacks() {
    return adapter.backend().diagnostics().droppedCallbacks();
  }

  @Override
  public void close() {
    adapter.backend().stop();
    adapter.simulator().close();
  }
}
