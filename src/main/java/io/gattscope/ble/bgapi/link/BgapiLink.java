package io.gattscope.ble.bgapi.link;

/** A byte pipe to a BGAPI device (serial port, or an in-memory pipe to a simulator). */
public interface BgapiLink extends AutoCloseable {

  /**
   * Opens the link and starts delivering received bytes to the receiver, which must be set first.
   *
   * @throws io.gattscope.ble.AdapterUnavailableException if the port cannot be opened
   * @throws IllegalStateException if no receiver was set
   */
  void open();

  /**
   * Whether the link is open and can send.
   *
   * @return true between a successful {@link #open()} and the close
   */
  boolean isOpen();

  /**
   * Sends bytes, blocking (with a timeout) while the other side cannot take them.
   *
   * @param data the array holding the bytes; not kept after the call
   * @param off the index of the first byte to send
   * @param len how many bytes to send
   * @throws io.gattscope.ble.AdapterUnavailableException if the link is closed or the write fails
   */
  void send(byte[] data, int off, int len);

  /**
   * Sets who receives the bytes read; call before {@link #open()}.
   *
   * @param r gets the received bytes and the close, on the link's reader thread
   */
  void setReceiver(LinkReceiver r);

  /**
   * A human-readable description, such as the port path.
   *
   * @return the description, for logs and error messages
   */
  String description();

  /**
   * Whether the link can lose bytes. A serial line can, and then a frame cut short runs into the
   * next one, so the host waits briefly after a frame whose last bytes could open another header; a
   * link that delivers every byte sent, in order, needs no such wait.
   *
   * @return false for a serial port (the default), true for an in-memory pipe
   */
  default boolean lossless() {
    return false;
  }

  /** Closes the link; the receiver gets {@code onClosed(null)}. Idempotent. */
  @Override
  void close();
}
