package io.gattscope.stream.uart;

import java.util.UUID;

/** The UUIDs of the Nordic UART Service, the usual serial-over-BLE service. */
public final class Nus {
  /** The service. */
  public static final UUID SERVICE = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");

  /** RX: the client writes text here. */
  public static final UUID RX = UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e");

  /** TX: the device notifies its text here. */
  public static final UUID TX = UUID.fromString("6e400003-b5a3-f393-e0a9-e50e24dcca9e");

  private Nus() {}
}
