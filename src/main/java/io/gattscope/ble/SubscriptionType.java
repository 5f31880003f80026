package io.gattscope.ble;

/** Notifications (unacknowledged) or indications (confirmed), and their CCCD value. */
public enum SubscriptionType {
  NOTIFY(0x0001),
  INDICATE(0x0002);

  private final int cccdValue;

  SubscriptionType(int cccdValue) {
    this.cccdValue = cccdValue;
  }

  /** The value written to the CCCD to enable this kind (0x0001 or 0x0002). */
  public int cccdValue() {
    return cccdValue;
  }
}
