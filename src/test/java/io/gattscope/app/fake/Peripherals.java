package io.gattscope.app.fake;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A small peripheral with GAP, Heart Rate, a vendor service, twin services and a secured value. */
public final class Peripherals {
  public static final BleAddress HRM = BleAddress.parse("C0:FF:EE:00:00:01");
  public static final UUID VENDOR = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
  public static final UUID RATE = UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e");
  public static final UUID TWIN = Uuids.fromShort(0xFFF1);
  public static final int NAME_VALUE = 3;
  public static final int HR_VALUE = 8;
  public static final int HR_CCCD = 9;
  public static final int RATE_VALUE = 15;
  public static final int SECURE_VALUE = 22;
  public static final int TWIN_A = 26;
  public static final int TWIN_B = 30;

  private Peripherals() {}

  private static GattDescriptor d(int uuid16, int handle) {
    return new GattDescriptor(Uuids.fromShort(uuid16), handle);
  }

  public static GattDatabase database() {
    UUID gap = Uuids.fromShort(0x1800);
    UUID hr = Uuids.fromShort(0x180D);
    UUID twinService = Uuids.fromShort(0xFFF0);
    return new GattDatabase(
        List.of(
            new GattService(
                gap,
                1,
                5,
                List.of(
                    new GattCharacteristic(Uuids.fromShort(0x2A00), gap, 2, 3, 0x0A, List.of()))),
            new GattService(
                hr,
                6,
                12,
                List.of(
                    new GattCharacteristic(
                        Uuids.fromShort(0x2A37), hr, 7, 8, 0x10, List.of(d(0x2902, 9))),
                    new GattCharacteristic(Uuids.fromShort(0x2A38), hr, 10, 11, 0x02, List.of()))),
            new GattService(
                VENDOR,
                13,
                20,
                List.of(
                    new GattCharacteristic(
                        RATE, VENDOR, 14, 15, 0x0E, List.of(d(0x2901, 16), d(0x2904, 17))))),
            new GattService(
                Uuids.fromShort(0xFFE0),
                21,
                23,
                List.of(
                    new GattCharacteristic(
                        Uuids.fromShort(0xFFE1),
                        Uuids.fromShort(0xFFE0),
                        21,
                        22,
                        0x02,
                        List.of()))),
            new GattService(
                twinService,
                24,
                27,
                List.of(new GattCharacteristic(TWIN, twinService, 25, 26, 0x02, List.of()))),
            new GattService(
                twinService,
                28,
                31,
                List.of(new GattCharacteristic(TWIN, twinService, 29, 30, 0x02, List.of())))));
  }

  /** The HRM with values, a user description, a presentation format and a secured handle. */
  public static FakeDevice hrm() {
    return new FakeDevice(HRM, database())
        .value(NAME_VALUE, "HRM-Sim".getBytes(StandardCharsets.UTF_8))
        .value(11, new byte[] {1})
        .value(RATE_VALUE, new byte[] {50})
        .value(16, "Sample rate".getBytes(StandardCharsets.UTF_8))
        .value(17, new byte[] {0x04, 0, 0, 0x27, 1, 0, 0})
        .value(SECURE_VALUE, new byte[] {0x42})
        .secured(SECURE_VALUE, 123456)
        .value(TWIN_A, new byte[] {0x0A})
        .value(TWIN_B, new byte[] {0x0B});
  }
}
