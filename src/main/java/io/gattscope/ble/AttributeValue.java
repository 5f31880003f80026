package io.gattscope.ble;

/**
 * A value read together with the handle it was read from.
 *
 * @param handle the attribute's handle, 0x0001 to 0xFFFF
 * @param value the whole value; the array is the caller's to keep
 */
public record AttributeValue(int handle, byte[] value) {}
