package io.gattscope.app.knowledge;

import io.gattscope.gatt.BluetoothNames;

/** Picks the knowledge implementation the application uses. */
public final class Knowledge {
  private Knowledge() {}

  /** The best knowledge available. */
  public static GattKnowledge standard() {
    return new SigKnowledge(BluetoothNames.get());
  }
}
