package io.gattscope.ble;

import java.util.Objects;
import java.util.function.Consumer;

/** Hears about a connection's life; called on the connection's event thread, in order. */
public interface ConnectionListener {
  /**
   * The link is up.
   *
   * @param device the connected device
   */
  default void onConnected(BleDevice device) {}

  /**
   * The link went down, asked for or not.
   *
   * @param device the device whose link went down
   * @param reason the HCI reason the controller gave
   */
  default void onDisconnected(BleDevice device, DisconnectReason reason) {}

  /**
   * The link's parameters changed.
   *
   * @param device the device
   * @param parameters the interval, latency and supervision timeout now in use
   */
  default void onParametersChanged(BleDevice device, ConnectionParameters parameters) {}

  /**
   * The link became encrypted (after pairing or with a stored bond).
   *
   * @param device the device
   * @param bonded whether the keys are stored as a bond (false for pairing without bonding)
   */
  default void onEncrypted(BleDevice device, boolean bonded) {}

  /**
   * A listener that only hears disconnects, for a lambda.
   *
   * @param action receives the reason of every disconnect
   * @return the listener
   */
  static ConnectionListener onDisconnected(Consumer<DisconnectReason> action) {
    Objects.requireNonNull(action, "action");
    return new ConnectionListener() {
      @Override
      public void onDisconnected(BleDevice device, DisconnectReason reason) {
        action.accept(reason);
      }
    };
  }

  /**
   * A listener that only hears the link come up, for a lambda.
   *
   * @param action receives the connected device
   * @return the listener
   */
  static ConnectionListener onConnected(Consumer<BleDevice> action) {
    Objects.requireNonNull(action, "action");
    return new ConnectionListener() {
      @Override
      public void onConnected(BleDevice device) {
        action.accept(device);
      }
    };
  }

  /**
   * A listener that only hears encryption, for a lambda.
   *
   * @param action receives whether the link is bonded
   * @return the listener
   */
  static ConnectionListener onEncrypted(Consumer<Boolean> action) {
    Objects.requireNonNull(action, "action");
    return new ConnectionListener() {
      @Override
      public void onEncrypted(BleDevice device, boolean bonded) {
        action.accept(bonded);
      }
    };
  }

  /**
   * The link went down without the application asking (out of range, peer reset, dongle reboot);
   * follows {@link #onDisconnected}. The device object stays usable: calls fail at once with {@link
   * NotConnectedException} until it is reconnected.
   *
   * @param device the device whose link was lost
   * @param reason the HCI reason the controller gave, e.g. supervision timeout (0x08)
   */
  default void onLinkLost(BleDevice device, DisconnectReason reason) {}

  /**
   * Reconnection attempt {@code attempt} (from 1) starts.
   *
   * @param device the device being reconnected
   * @param attempt the attempt's number after this loss, from 1
   */
  default void onReconnecting(BleDevice device, int attempt) {}

  /**
   * The link is back, the GATT tree restored and every subscription enabled again.
   *
   * @param device the reconnected device, the same object as before the loss
   */
  default void onReconnected(BleDevice device) {}

  /**
   * Reconnection stopped after its last attempt failed with {@code lastFailure}.
   *
   * @param device the device, left disconnected
   * @param lastFailure why the last attempt failed
   */
  default void onGaveUp(BleDevice device, Throwable lastFailure) {}

  /**
   * The peer's GATT table changed (Service Changed, or a different table after a reconnect): the
   * device's {@code services()} is now {@code database}, and subscriptions follow their moved
   * characteristics.
   *
   * @param device the device
   * @param database the peer's GATT table now
   */
  default void onServicesChanged(BleDevice device, GattDatabase database) {}

  /**
   * A subscription ended because its characteristic is gone from the peer's changed GATT table
   * (after Service Changed or a reconnect); it delivers nothing more and {@code
   * subscription.isActive()} is false.
   *
   * @param device the device whose table changed
   * @param subscription the subscription that ended
   * @param reason says which characteristic vanished
   */
  default void onSubscriptionLost(BleDevice device, Subscription subscription, String reason) {}
}
