package io.gattscope.ble.bgapi;

import io.gattscope.ble.BadCallContract;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The shared argument policy through the BGAPI backend (simulator). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BgapiBadCallsTest extends BadCallContract {
  private SimFixture f;
  private BleDevice d;

  @BeforeAll
  void connect() {
    f = new SimFixture();
    d = f.connect(HeartRateMonitor.ADDRESS);
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Override
  protected BleDevice device() {
    return d;
  }
}
