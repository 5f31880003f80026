/**
 * API: SIG characteristic and descriptor decoders producing named fields and chartable channels.
 */
package io.gattscope.gatt.decode;
