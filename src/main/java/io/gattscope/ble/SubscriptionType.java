package io.gattscope.ble;

/** Notifications (unacknowledged) or indications (confirmed), and their CCCD value. */
public enum SubscriptionType {
  /** Notifications: the peer sends values without waiting for a confirmation. */
  NOTIFY(0x0001),
  /** Indications: the peer sends the next value only after the last one was confirmed. */
  INDICATE(0x0002);

  private final int cccdValue;

  SubscriptionType(int cccdValue) {
    this.cccdValue = cccdValue;
  }

  /**
   * The value written to the CCCD to enable this kind (0x0001 or 0x0002).
   *
   * @return the CCCD bit of this kind
   */
  public int cccdValue() {
    return cccdValue;
  }
}
