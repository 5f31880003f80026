/**
 * Internal: the explorer's Bluetooth names and value formats, with the user's own names; not part
 * of the library API.
 */
package io.gattscope.app.knowledge;
