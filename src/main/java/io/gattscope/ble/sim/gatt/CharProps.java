package io.gattscope.ble.sim.gatt;

/** Bits of a characteristic declaration's properties byte (Core Vol 3 Part G 3.3.1.1). */
public final class CharProps {
  /** The value may be broadcast in advertising data (0x01). */
  public static final int BROADCAST = 0x01;

  /** The value may be read (0x02). */
  public static final int READ = 0x02;

  /** The value may be written with a write command, without a response (0x04). */
  public static final int WRITE_WITHOUT_RESPONSE = 0x04;

  /** The value may be written with a write request, answered by a write response (0x08). */
  public static final int WRITE = 0x08;

  /**
   * The value may be notified, without confirmation, once a client sets the CCCD's bit 0 (0x10).
   */
  public static final int NOTIFY = 0x10;

  /** The value may be indicated, with confirmation, once a client sets the CCCD's bit 1 (0x20). */
  public static final int INDICATE = 0x20;

  private CharProps() {}
}
