package io.gattscope.ble;

/** Hears that the adapter went away (unplugged, port closed, read error). */
@FunctionalInterface
public interface AdapterListener {
  /**
   * Called once; every device of the backend is disconnected by then.
   *
   * @param backend the backend whose adapter went away
   * @param cause why, e.g. the serial port's read error
   */
  void onAdapterLost(BleBackend backend, Throwable cause);
}
