package io.gattscope.cli;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The device a command talks to: its address and address type. */
final class DeviceOptions {
  @Parameters(
      index = "0",
      paramLabel = "ADDR",
      converter = Converters.Address.class,
      description = "The device's Bluetooth address, e.g. AA:BB:CC:DD:EE:FF.")
  BleAddress address;

  @Option(names = "--random", description = "The device uses a random address.")
  boolean random;

  AddressType addressType() {
    return random ? AddressType.RANDOM : AddressType.PUBLIC;
  }
}
