/**
 * API: value formats: bytes to text and back, IEEE 11073 floats, Presentation Format, SIG units.
 */
package io.gattscope.gatt.format;
