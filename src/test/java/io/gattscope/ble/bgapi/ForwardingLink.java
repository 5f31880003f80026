package io.gattscope.ble.bgapi;

import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;

/**
 * A test link that passes every call on to another link; a test overrides {@link #send} or {@link
 * #close} to watch or hold back what the host sends.
 */
class ForwardingLink implements BgapiLink {
  final BgapiLink inner;
  private final String prefix;

  /**
   * Wraps {@code inner}; the description is {@code prefix} followed by the inner link's, so error
   * messages show the wrapper.
   */
  ForwardingLink(BgapiLink inner, String prefix) {
    this.inner = inner;
    this.prefix = prefix;
  }

  @Override
  public void open() {
    inner.open();
  }

  @Override
  public boolean isOpen() {
    return inner.isOpen();
  }

  @Override
  public void send(byte[] data, int off, int len) {
    inner.send(data, off, len);
  }

  @Override
  public void setReceiver(LinkReceiver r) {
    inner.setReceiver(r);
  }

  @Override
  public String description() {
    return prefix + inner.description();
  }

  @Override
  public void close() {
    inner.close();
  }
}
