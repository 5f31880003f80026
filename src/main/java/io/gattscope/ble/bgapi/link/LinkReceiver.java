package io.gattscope.ble.bgapi.link;

/** Receives what a {@link BgapiLink} reads, on the link's own reader thread. */
public interface LinkReceiver {

  /**
   * Bytes arrived. {@code buf} is reused by the link: do not keep it after returning.
   *
   * @param buf the link's read buffer; valid only during the call
   * @param off the index of the first new byte in {@code buf}
   * @param len number of bytes (at least 1)
   */
  void onData(byte[] buf, int off, int len);

  /**
   * The link closed; called once, after the last {@link #onData}.
   *
   * @param cause null when closed locally by {@link BgapiLink#close()}; otherwise why the port went
   *     away (read error, device unplugged, other end closed)
   */
  void onClosed(Throwable cause);
}
