/**
 * API: Bluetooth knowledge: names of UUIDs, companies and appearances, and the user's own names.
 */
package io.gattscope.gatt;
