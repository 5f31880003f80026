package io.gattscope.ble.bluez;

import io.gattscope.ble.BadCallContract;
import io.gattscope.ble.BleDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The shared argument policy through the BlueZ backend (fake org.bluez on an embedded bus). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BluezBadCallsTest extends BadCallContract {
  private FakeBluezFixture f;
  private BleDevice d;

  @BeforeAll
  void connect() throws Exception {
    f = new FakeBluezFixture();
    d = f.connect();
  }

  @AfterAll
  void stop() throws Exception {
    f.close();
  }

  @Override
  protected BleDevice device() {
    return d;
  }

  /** BlueZ publishes no end handles: an unknown handle is an attribute it did not discover. */
  @Override
  protected boolean knowsWhereTheTableEnds() {
    return false;
  }
}
