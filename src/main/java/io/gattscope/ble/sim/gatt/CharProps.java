package io.gattscope.ble.sim.gatt;

/** Bits of a characteristic declaration's properties byte (Core Vol 3 Part G 3.3.1.1). */
public final class CharProps {
  public static final int BROADCAST = 0x01;
  public static final int READ = 0x02;
  public static final int WRITE_WITHOUT_RESPONSE = 0x04;
  public static final int WRITE = 0x08;
  public static final int NOTIFY = 0x10;
  public static final int INDICATE = 0x20;

  private CharProps() {}
}
