package io.gattscope.ble.gatttool;

import io.gattscope.ble.BaseSubscription;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.SubscriptionType;

/** A subscription of a gatttool connection: delivers values and disables its CCCD on close. */
final class GatttoolSubscription extends BaseSubscription {
  private final GatttoolDevice device;
  private final int cccdHandle;

  GatttoolSubscription(
      GatttoolDevice device,
      GattCharacteristic characteristic,
      int cccdHandle,
      SubscriptionType type,
      NotificationListener listener) {
    super(characteristic, type, listener);
    this.device = device;
    this.cccdHandle = cccdHandle;
  }

  int cccdHandle() {
    return cccdHandle;
  }

  @Override
  protected void onClose() {
    device.unsubscribe(this);
  }
}
