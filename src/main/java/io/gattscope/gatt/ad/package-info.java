/** API: advertising data: AD structure parser, beacons (iBeacon, Eddystone) and vendor payloads. */
package io.gattscope.gatt.ad;
