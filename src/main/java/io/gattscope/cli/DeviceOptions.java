package io.gattscope.cli;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ReconnectPolicy;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The device a command talks to: its address and address type. */
final class DeviceOptions {
  @Parameters(
      paramLabel = "ADDR",
      converter = Converters.Address.class,
      description = "The device's Bluetooth address, e.g. AA:BB:CC:DD:EE:FF.")
  BleAddress address;

  @Option(names = "--random", description = "The device uses a random address.")
  boolean random;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "0",
      description = "Try a failed connection again up to N times (default: ${DEFAULT-VALUE}).")
  int retries;

  /** How the device reconnects after a link loss; commands that keep a stream alive set it. */
  ReconnectPolicy reconnect = ReconnectPolicy.manual();

  /** The connect options these device options ask for, on top of {@code base}. */
  ConnectOptions apply(ConnectOptions base) {
    return base.withAddressType(addressType()).retries(retries).withReconnect(reconnect);
  }

  AddressType addressType() {
    return random ? AddressType.RANDOM : AddressType.PUBLIC;
  }
}
