package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
  @Test
  void shortFormsLieOnTheBase() {
    UUID hr = Uuids.parse("2a37");
    assertThat(hr).isEqualTo(UUID.fromString("00002a37-0000-1000-8000-00805f9b34fb"));
    assertThat(Uuids.parse("0x2A37")).isEqualTo(hr);
    assertThat(Uuids.shortValue(hr)).hasValue(0x2A37);
    assertThat(Uuids.format(hr)).isEqualTo("0x2A37");
    assertThat(Uuids.parse("0000180d")).isEqualTo(Uuids.fromShort(0x180D));
  }

  @Test
  void vendorUuidsStayWhole() {
    UUID vendor = Uuids.parse("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
    assertThat(Uuids.shortValue(vendor)).isEmpty();
    assertThat(Uuids.format(vendor)).isEqualTo("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
    assertThat(Uuids.parse("6E400001B5A3F393E0A9E50E24DCCA9E")).isEqualTo(vendor);
  }

  @Test
  void wireOrderRoundTrips() {
    assertThat(Uuids.toLittleEndian(Uuids.fromShort(0x2902))).containsExactly(0x02, 0x29);
    UUID vendor = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
    byte[] le = Uuids.toLittleEndian(vendor);
    assertThat(le).hasSize(16);
    assertThat(le[0]).isEqualTo((byte) 0x9e);
    assertThat(le[15]).isEqualTo((byte) 0x6e);
    assertThat(Uuids.fromLittleEndian(le)).isEqualTo(vendor);
    assertThat(Uuids.fromLittleEndian(new byte[] {0x0d, 0x18})).isEqualTo(Uuids.fromShort(0x180d));
  }

  @Test
  void rejectsWhatIsNotAUuid() {
    assertThatThrownBy(() -> Uuids.parse("2a3")).hasMessageContaining("4 or 8 hex digits");
    assertThatThrownBy(() -> Uuids.parse("2a3g")).hasMessageContaining("'g' is not hex");
    assertThatThrownBy(() -> Uuids.parse(" ")).hasMessageContaining("no UUID");
    assertThatThrownBy(() -> Uuids.fromLittleEndian(new byte[3]))
        .hasMessageContaining("2, 4 or 16");
  }
}
