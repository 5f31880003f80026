package io.gattscope.ble;

/**
 * A stored bond.
 *
 * @param handle the backend's bond handle (BGAPI: 0 to 7)
 * @param keySize the encryption key size in bytes (7 to 16)
 * @param mitm whether the keys are protected against man-in-the-middle
 * @param keys bit mask of the distributed keys
 */
public record BondInfo(int handle, int keySize, boolean mitm, int keys) {}
