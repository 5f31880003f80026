package io.gattscope.ble.sim.gatt;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One attribute of a simulated GATT server: handle, type, permissions and a value that is either
 * stored (writable, thread-safe) or produced on each read by a supplier.
 */
public final class Attribute {
  private final int handle;
  private final UUID type;
  private final AttPermissions permissions;
  private final Supplier<byte[]> supplier;
  private final Consumer<byte[]> onWrite;
  private final Attribute origin;
  private volatile byte[] value;
  private volatile int readError;

  Attribute(
      int handle,
      UUID type,
      AttPermissions permissions,
      byte[] initial,
      Supplier<byte[]> supplier,
      Consumer<byte[]> onWrite) {
    this.handle = handle;
    this.type = Objects.requireNonNull(type, "type");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.value = initial == null ? new byte[0] : initial.clone();
    this.supplier = supplier;
    this.onWrite = onWrite;
    this.origin = null;
  }

  private Attribute(int handle, Attribute origin) {
    this.handle = handle;
    this.type = origin.type;
    this.permissions = origin.permissions;
    this.value = new byte[0];
    this.supplier = null;
    this.onWrite = null;
    this.origin = origin;
  }

  /** The same attribute at another handle: reads and writes go to this one's value. */
  Attribute movedTo(int newHandle) {
    return new Attribute(newHandle, origin != null ? origin : this);
  }

  /**
   * The handle (0x0001..0xFFFF).
   *
   * @return the handle
   */
  public int handle() {
    return handle;
  }

  /**
   * The attribute type UUID.
   *
   * @return the type, such as 0x2803 for a characteristic declaration or the characteristic UUID
   *     for its value
   */
  public UUID type() {
    return type;
  }

  /**
   * The access rules.
   *
   * @return the permissions checked before reads and writes
   */
  public AttPermissions permissions() {
    return permissions;
  }

  /**
   * The current value (a copy); a dynamic attribute asks its supplier.
   *
   * @return a new array holding the value
   */
  public byte[] value() {
    if (origin != null) {
      return origin.value();
    }
    return supplier != null ? supplier.get().clone() : value.clone();
  }

  /**
   * The ATT error every read of this attribute fails with, or 0 when reads are served.
   *
   * @return the ATT error code, 0 when reads succeed
   */
  public int readError() {
    return origin != null ? origin.readError() : readError;
  }

  /** Makes every read fail with this ATT error (0 serves reads again). */
  void failReads(int code) {
    readError = code;
  }

  /**
   * Replaces the stored value (from a write or from the simulated peripheral itself).
   *
   * @param newValue the new value; copied, and passed to the write hook if there is one
   */
  public void setValue(byte[] newValue) {
    if (origin != null) {
      origin.setValue(newValue);
      return;
    }
    byte[] copy = newValue.clone();
    value = copy;
    if (onWrite != null) {
      onWrite.accept(copy.clone());
    }
  }

  /**
   * Stores a value the peripheral produced without running the write hook.
   *
   * @param newValue the new value; copied
   */
  public void updateValue(byte[] newValue) {
    if (origin != null) {
      origin.updateValue(newValue);
      return;
    }
    value = newValue.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Attribute[0x%04X %s, %d bytes]", handle, type, value().length);
  }
}
