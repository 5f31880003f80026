/**
 * API: the GattScope library: adapters ({@link io.gattscope.ble.BleBackend}, opened through {@link
 * io.gattscope.ble.Backends}), scanning, connected devices ({@link io.gattscope.ble.BleDevice}),
 * the GATT database, subscriptions, pairing and the typed exceptions, all rooted at {@link
 * io.gattscope.ble.BleException}.
 *
 * <p>This package, {@code io.gattscope.gatt..}, {@code io.gattscope.stream..}, the device snapshots
 * of {@code io.gattscope.ble.snapshot} and the simulator's control API ({@code
 * io.gattscope.ble.sim} and {@code ble.sim.world}) are the public API. The backends ({@code
 * io.gattscope.ble.bgapi..}, {@code bluez}, {@code gatttool}) and the simulator's ATT server
 * ({@code ble.sim.gatt}) are internal: use the backends through {@link io.gattscope.ble.Backends}
 * by id ({@code "bgapi"}, {@code "bgapi:/dev/ttyACM0"}, {@code "bluez:hci0"}, {@code "gatttool"},
 * {@code "sim"}); their classes may change in any release. Each package's overview starts with
 * {@code API:} or {@code Internal:}.
 *
 * <p>Every blocking call has an asynchronous twin returning a {@link
 * java.util.concurrent.CompletableFuture}; blocking calls wait at most the device's operation
 * timeout. Bad arguments are refused with an {@link java.lang.IllegalArgumentException} before
 * anything is sent.
 *
 * <p>A short example on the built-in simulator:
 *
 * <pre>{@code
 * try (BleBackend adapter = new Backends().open("sim");
 *     BleDevice hrm = adapter.connect(BleAddress.parse("00:07:80:5E:01:01"))) {
 *   byte[] name = hrm.read(CharacteristicRef.parse("2a00"));      // Device Name
 *   try (Subscription s = hrm.subscribe(CharacteristicRef.parse("180d/2a37"),
 *       (handle, value, nanos) -> System.out.println(value.length + " bytes"))) {
 *     // notifications arrive on the connection's event thread until closed
 *   }
 * }
 * }</pre>
 */
package io.gattscope.ble;
