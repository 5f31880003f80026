/**
 * Internal: view models of a connected device's tab (tree, values, writes, notifications, pairing);
 * not part of the library API.
 */
package io.gattscope.app.device;
