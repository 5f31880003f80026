package io.gattscope.ble;

import java.util.List;

/** A characteristic reference matched no attribute, or more than one. */
public class AttributeLookupException extends BleException {
  private static final long serialVersionUID = 1L;

  /** The characteristics that matched; not serialized. */
  private final transient List<GattCharacteristic> candidates;

  /**
   * Creates one with the characteristics that matched.
   *
   * @param message what was looked for and, when ambiguous, where it was found
   * @param candidates the characteristics that matched; empty when none did
   */
  public AttributeLookupException(String message, List<GattCharacteristic> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /**
   * The characteristics that matched (empty when none did).
   *
   * @return an unmodifiable list in handle order; empty after deserialization
   */
  public List<GattCharacteristic> candidates() {
    return candidates;
  }

  /**
   * True when the reference matched more than one characteristic.
   *
   * @return whether naming the service or the handle would resolve it
   */
  public boolean ambiguous() {
    return candidates.size() > 1;
  }
}
