package io.gattscope.ble;

import java.util.List;

/** A characteristic reference matched no attribute, or more than one. */
public class AttributeLookupException extends BleException {
  private static final long serialVersionUID = 1L;
  private final transient List<GattCharacteristic> candidates;

  public AttributeLookupException(String message, List<GattCharacteristic> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** The characteristics that matched (empty when none did). */
  public List<GattCharacteristic> candidates() {
    return candidates;
  }

  /** True when the reference matched more than one characteristic. */
  public boolean ambiguous() {
    return candidates.size() > 1;
  }
}
