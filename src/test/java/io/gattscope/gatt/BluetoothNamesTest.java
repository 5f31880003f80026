package io.gattscope.gatt;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BluetoothNamesTest {
  private static final UUID NUS_SERVICE = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
  private static final UUID BLINKY_BUTTON = UUID.fromString("00001524-1212-efde-1523-785feabcd123");

  @TempDir Path dir;

  @Test
  void loadsQuicklyAndReportsTime() {
    BluetoothNames names = BluetoothNames.load(null);
    System.out.printf("BluetoothNames loaded in %.1f ms%n", names.loadNanos() / 1e6);
    assertThat(names.serviceName(Uuids.fromShort(0x180D))).contains("Heart Rate");
  }

  @Test
  void sigSixteenBitNames() {
    BluetoothNames names = BluetoothNames.get();
    assertThat(names.serviceName(Uuids.fromShort(0x180F))).contains("Battery Service");
    assertThat(names.characteristicName(Uuids.fromShort(0x2A37)))
        .contains("Heart Rate Measurement");
    assertThat(names.descriptorName(Uuids.fromShort(0x2902)))
        .contains("Client Characteristic Configuration");
    assertThat(names.characteristicName(Uuids.fromShort(0x180D))).isEmpty();
    assertThat(names.label(Uuids.fromShort(0x2A37))).isEqualTo("Heart Rate Measurement (0x2A37)");
    assertThat(names.label(Uuids.fromShort(0xFFF0))).isEqualTo("0xFFF0");
    assertThat(names.anyName(Uuids.fromShort(0x2904)))
        .contains("Characteristic Presentation Format");
  }

  @Test
  void vendorUuidsFromData() {
    BluetoothNames names = BluetoothNames.load(null);
    assertThat(names.characteristicName(BLINKY_BUTTON)).contains("Blinky Button State");
    assertThat(names.serviceName(NUS_SERVICE))
        .hasValueSatisfying(n -> assertThat(n).contains("UART"));
    assertThat(names.serviceName(UUID.randomUUID())).isEmpty();
  }

  @Test
  void companiesAndAppearance() {
    BluetoothNames names = BluetoothNames.load(null);
    assertThat(names.companyName(0x004C)).contains("Apple, Inc.");
    assertThat(names.companyName(0x0059)).contains("Nordic Semiconductor ASA");
    assertThat(names.companyName(0x0006)).contains("Microsoft");
    assertThat(names.companyName(0xFFFE)).isEmpty();
    // Watch = category 3 -> 3 << 6 = 0x00C0; Sports Watch = subcategory 1
    assertThat(names.appearanceName(0x00C0)).contains("Watch");
    assertThat(names.appearanceName(0x00C1)).contains("Watch: Sports Watch");
    assertThat(names.appearanceName(0x00C0 | 0x3F)).contains("Watch");
    assertThat(names.appearanceName(0xFFC0)).isEmpty();
  }

  @Test
  void userNamesOverrideAndExtend() throws IOException {
    Path file = dir.resolve("names.json");
    Files.writeString(
        file,
        """
        {"services": {"12345678-1234-5678-1234-56789abcdef0": "My Sensor"},
         "characteristics": {"0x2A37": "My Pulse", "abcd": "Short Vendor"},
         "descriptors": {"12345678-1234-5678-1234-56789abcdef1": "My Descriptor"},
         "companies": {"0xFFFF": "Test Co", "89": "Nordic (mine)"}}
        """);
    BluetoothNames names = BluetoothNames.load(file);
    assertThat(names.userNamesProblem()).isEmpty();
    assertThat(names.serviceName(UUID.fromString("12345678-1234-5678-1234-56789abcdef0")))
        .contains("My Sensor");
    assertThat(names.characteristicName(Uuids.fromShort(0x2A37))).contains("My Pulse");
    assertThat(names.characteristicName(Uuids.fromShort(0xABCD))).contains("Short Vendor");
    assertThat(names.descriptorName(UUID.fromString("12345678-1234-5678-1234-56789abcdef1")))
        .contains("My Descriptor");
    assertThat(names.companyName(0xFFFF)).contains("Test Co");
    assertThat(names.companyName(89)).contains("Nordic (mine)");
    assertThat(names.serviceName(Uuids.fromShort(0x180D))).contains("Heart Rate");
  }

  @Test
  void malformedUserFileKeepsBuiltInNames() throws IOException {
    Path file = dir.resolve("names.json");
    Files.writeString(file, "{\"services\": {\"2a37\": \"x\",");
    BluetoothNames names = BluetoothNames.load(file);
    assertThat(names.userNamesProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("names.json").contains("not valid JSON"));
    assertThat(names.characteristicName(Uuids.fromShort(0x2A37)))
        .contains("Heart Rate Measurement");
  }

  @Test
  void badEntriesAreNamedAndTheGoodOnesKept() throws IOException {
    Path file = dir.resolve("names.json");
    Files.writeString(
        file,
        """
        {"services": {"not-a-uuid": "Broken", "180d": "My HR Service"},
         "characteristics": ["wrong"],
         "companies": {"0x1FFFF": "Too big", "0x0001": 5},
         "colours": {}}
        """);
    BluetoothNames names = BluetoothNames.load(file);
    assertThat(names.serviceName(Uuids.fromShort(0x180D))).contains("My HR Service");
    assertThat(names.companyName(1)).contains("Nokia Mobile Phones");
    assertThat(names.userNamesProblem())
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .contains("not-a-uuid")
                    .contains("'characteristics' must be an object")
                    .contains("out of range")
                    .contains("companies.0x0001")
                    .contains("unknown section 'colours'"));
  }

  @Test
  void missingUserFileIsNoProblem() {
    BluetoothNames names = BluetoothNames.load(dir.resolve("absent.json"));
    assertThat(names.userNamesProblem()).isEmpty();
    assertThat(names.companyName(0x004C)).contains("Apple, Inc.");
  }

  @Test
  void topLevelArrayIsRejectedClearly() throws IOException {
    Path file = dir.resolve("names.json");
    Files.writeString(file, "[1,2]");
    assertThat(BluetoothNames.load(file).userNamesProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("top level must be a JSON object"));
  }
}
