package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.Uuids;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseAssemblerTest {
  private static OutputLine.Attribute attr(int handle, int type) {
    return new OutputLine.Attribute(handle, Uuids.fromShort(type));
  }

  @Test
  void descriptorsBelongToTheCharacteristicBeforeThemAndDeclarationsAreSkipped() {
    GattDatabase db =
        DatabaseAssembler.assemble(
            List.of(
                new OutputLine.Service(0x0010, 0x0020, Uuids.fromShort(0x180F)),
                new OutputLine.Service(0x0001, 0x0005, Uuids.fromShort(0x1800))),
            List.of(
                new OutputLine.Characteristic(0x0014, 0x02, 0x0015, Uuids.fromShort(0x2A01)),
                new OutputLine.Characteristic(0x0011, 0x10, 0x0012, Uuids.fromShort(0x2A19))),
            List.of(
                attr(0x0010, 0x2800),
                attr(0x0011, 0x2803),
                attr(0x0012, 0x2A19),
                attr(0x0013, 0x2902),
                attr(0x0014, 0x2803),
                attr(0x0015, 0x2A01),
                attr(0x0016, 0x2901),
                attr(0x0021, 0x2800)));
    assertThat(db.services()).extracting(s -> s.startHandle()).containsExactly(0x0001, 0x0010);
    assertThat(db.services().get(0).characteristics()).isEmpty();
    var battery = db.services().get(1).characteristics();
    assertThat(battery).extracting(c -> c.valueHandle()).containsExactly(0x0012, 0x0015);
    assertThat(battery.get(0).descriptors())
        .containsExactly(new GattDescriptor(Uuids.fromShort(0x2902), 0x0013));
    assertThat(battery.get(1).descriptors())
        .containsExactly(new GattDescriptor(Uuids.fromShort(0x2901), 0x0016));
    assertThat(battery.get(1).serviceUuid()).isEqualTo(Uuids.fromShort(0x180F));
  }
}
