package io.gattscope.ble.bgapi;

import io.gattscope.ble.BaseSubscription;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.SubscriptionType;

/** A subscription of one listener to one characteristic of a BGAPI connection. */
final class BgapiSubscription extends BaseSubscription {
  private final BgapiDevice device;

  BgapiSubscription(
      BgapiDevice device,
      GattCharacteristic characteristic,
      SubscriptionType type,
      NotificationListener listener) {
    super(characteristic, type, listener);
    this.device = device;
  }

  @Override
  protected void onClose() {
    device.unsubscribe(this);
  }
}
