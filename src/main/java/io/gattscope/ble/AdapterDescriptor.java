package io.gattscope.ble;

/**
 * An adapter that can be opened now.
 *
 * @param id what {@link Backends#open(String)} takes, e.g. {@code sim}, {@code bgapi:/dev/ttyACM0},
 *     {@code bluez:hci0}
 * @param displayName what a person reads in a picker
 * @param kind the backend kind: {@code sim}, {@code bgapi}, {@code bluez}, {@code gatttool}
 * @param simulated true for the built-in simulator
 */
public record AdapterDescriptor(String id, String displayName, String kind, boolean simulated) {
  @Override
  public String toString() {
    return displayName;
  }
}
