package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.Uuids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds an {@link AttributeDatabase} in handle order: a service, then its characteristics, each
 * followed by its descriptors. Methods that add a characteristic value return its handle.
 */
public final class AttributeDatabaseBuilder {
  private final List<Attribute> attributes = new ArrayList<>();
  private final List<AttributeDatabase.ServiceGroup> services = new ArrayList<>();
  private final Map<Integer, Integer> cccds = new HashMap<>();
  private final Map<Integer, Integer> properties = new HashMap<>();
  private int next = 1;
  private int serviceStart = -1;
  private UUID serviceType;
  private UUID serviceUuid;
  private int lastValueHandle = -1;

  AttributeDatabaseBuilder() {}

  /**
   * Starts a primary service; returns its declaration handle.
   *
   * @param uuid the service UUID
   * @return the handle of the service declaration (0x2800)
   * @throws IllegalStateException if the handles are used up (past 0xFFFF)
   */
  public int service(UUID uuid) {
    return startService(AttTypes.PRIMARY_SERVICE, uuid);
  }

  /**
   * Starts a secondary service; returns its declaration handle.
   *
   * @param uuid the service UUID
   * @return the handle of the service declaration (0x2801)
   * @throws IllegalStateException if the handles are used up (past 0xFFFF)
   */
  public int secondaryService(UUID uuid) {
    return startService(AttTypes.SECONDARY_SERVICE, uuid);
  }

  private int startService(UUID type, UUID uuid) {
    closeService();
    serviceStart = next;
    serviceType = type;
    serviceUuid = uuid;
    lastValueHandle = -1;
    add(type, AttPermissions.readOnly(), Uuids.toLittleEndian(uuid), null, null);
    return serviceStart;
  }

  /**
   * Adds a characteristic with a stored value; permissions follow the property bits.
   *
   * @param uuid the characteristic UUID
   * @param props the properties byte (see {@link CharProps})
   * @param initial the value until a client writes another; not copied
   * @return the value handle
   * @throws IllegalArgumentException if the properties do not fit one byte
   * @throws IllegalStateException if no service was started yet
   */
  public int characteristic(UUID uuid, int props, byte[] initial) {
    return characteristic(uuid, props, AttPermissions.fromProperties(props), initial, null, null);
  }

  /**
   * Adds a characteristic whose value is produced on each read.
   *
   * @param uuid the characteristic UUID
   * @param props the properties byte (see {@link CharProps})
   * @param supplier produces the value for each read
   * @return the value handle
   * @throws IllegalArgumentException if the properties do not fit one byte
   * @throws IllegalStateException if no service was started yet
   */
  public int dynamicCharacteristic(UUID uuid, int props, Supplier<byte[]> supplier) {
    return characteristic(uuid, props, AttPermissions.fromProperties(props), null, supplier, null);
  }

  /**
   * Adds a characteristic declaration (0x2803) and its value attribute.
   *
   * @param uuid the characteristic UUID
   * @param props the properties byte (see {@link CharProps})
   * @param permissions what clients may do with the value, independent of the properties
   * @param initial the stored value, or null when a supplier produces it
   * @param supplier produces the value for each read, or null for a stored value
   * @param onWrite called with each value a client writes (may be null)
   * @return the value handle
   * @throws IllegalArgumentException if the properties do not fit one byte
   * @throws IllegalStateException if no service was started yet
   */
  public int characteristic(
      UUID uuid,
      int props,
      AttPermissions permissions,
      byte[] initial,
      Supplier<byte[]> supplier,
      Consumer<byte[]> onWrite) {
    requireService();
    if (props < 0 || props > 0xFF) {
      throw new IllegalArgumentException("properties must fit one byte, got " + props);
    }
    int declHandle = next;
    int valueHandle = declHandle + 1;
    byte[] u = Uuids.toLittleEndian(uuid);
    byte[] decl = new byte[3 + u.length];
    decl[0] = (byte) props;
    decl[1] = (byte) valueHandle;
    decl[2] = (byte) (valueHandle >>> 8);
    System.arraycopy(u, 0, decl, 3, u.length);
    add(AttTypes.CHARACTERISTIC, AttPermissions.readOnly(), decl, null, null);
    add(uuid, permissions, initial, supplier, onWrite);
    properties.put(valueHandle, props);
    lastValueHandle = valueHandle;
    return valueHandle;
  }

  /**
   * Adds a Client Characteristic Configuration descriptor (0x2902) to the last characteristic.
   *
   * @return the handle of the descriptor, readable and writable, two bytes, initially 00 00
   * @throws IllegalStateException if no characteristic was added yet
   */
  public int cccd() {
    requireCharacteristic();
    int h =
        add(
            AttTypes.CCCD,
            new AttPermissions(true, true, false, false, 2, 2),
            new byte[2],
            null,
            null);
    cccds.put(lastValueHandle, h);
    return h;
  }

  /**
   * Adds a read-only Characteristic User Description (0x2901).
   *
   * @param text the description, stored as UTF-8
   * @return the handle of the descriptor
   * @throws IllegalStateException if no characteristic was added yet
   */
  public int userDescription(String text) {
    requireCharacteristic();
    return add(
        AttTypes.USER_DESCRIPTION,
        AttPermissions.readOnly(),
        text.getBytes(StandardCharsets.UTF_8),
        null,
        null);
  }

  /**
   * Adds a Characteristic Presentation Format (0x2904).
   *
   * @param format format code (1 byte, e.g. 0x0E sint16)
   * @param exponent base-10 exponent (-128..127)
   * @param unit unit UUID (16 bits, e.g. 0x2713 m/s²)
   * @return the handle of the descriptor, whose namespace is Bluetooth SIG and description 0
   * @throws IllegalStateException if no characteristic was added yet
   */
  public int presentationFormat(int format, int exponent, int unit) {
    requireCharacteristic();
    byte[] v = {(byte) format, (byte) exponent, (byte) unit, (byte) (unit >>> 8), 0x01, 0x00, 0x00};
    return add(AttTypes.PRESENTATION_FORMAT, AttPermissions.readOnly(), v, null, null);
  }

  /**
   * Adds any descriptor with a stored value.
   *
   * @param type the descriptor type UUID
   * @param permissions what clients may do with the value
   * @param initial the stored value
   * @return the handle of the descriptor
   * @throws IllegalStateException if no characteristic was added yet
   */
  public int descriptor(UUID type, AttPermissions permissions, byte[] initial) {
    requireCharacteristic();
    return add(type, permissions, initial, null, null);
  }

  /**
   * Leaves the handles below {@code handle} unused, so the next attribute gets {@code handle}
   * (0x10000 closes the handle space after the last one).
   *
   * @param handle the handle the next attribute gets, up to 0x10000
   * @throws IllegalArgumentException if {@code handle} is below the next free handle or above
   *     0x10000
   */
  public void skipTo(int handle) {
    if (handle < next || handle > 0x10000) {
      throw new IllegalArgumentException(
          String.format("cannot skip to handle 0x%04X, the next free one is 0x%04X", handle, next));
    }
    next = handle;
  }

  /**
   * Makes every read of the attribute at {@code handle} fail with ATT error {@code code}.
   *
   * @param handle the handle of an attribute added already
   * @param code the ATT error code reads fail with, such as 0x02 Read Not Permitted
   * @throws IllegalArgumentException if no attribute has that handle
   */
  public void readError(int handle, int code) {
    for (Attribute a : attributes) {
      if (a.handle() == handle) {
        a.failReads(code);
        return;
      }
    }
    throw new IllegalArgumentException(String.format("no attribute at handle 0x%04X", handle));
  }

  /**
   * Finishes the database.
   *
   * @return the database, closing the last service group at the last handle used
   */
  public AttributeDatabase build() {
    closeService();
    return new AttributeDatabase(attributes, services, cccds, properties);
  }

  private int add(
      UUID type,
      AttPermissions permissions,
      byte[] initial,
      Supplier<byte[]> supplier,
      Consumer<byte[]> onWrite) {
    if (next > 0xFFFF) {
      throw new IllegalStateException("attribute handles exhausted at 0xFFFF");
    }
    int h = next++;
    attributes.add(new Attribute(h, type, permissions, initial, supplier, onWrite));
    return h;
  }

  private void closeService() {
    if (serviceStart > 0) {
      services.add(
          new AttributeDatabase.ServiceGroup(serviceStart, next - 1, serviceType, serviceUuid));
      serviceStart = -1;
    }
  }

  private void requireService() {
    if (serviceStart < 0) {
      throw new IllegalStateException("add a service before its characteristics");
    }
  }

  private void requireCharacteristic() {
    if (lastValueHandle < 0) {
      throw new IllegalStateException("add a characteristic before its descriptors");
    }
  }
}
