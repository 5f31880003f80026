package io.gattscope.ble.gatttool;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the GATT tree from the three listings gatttool prints: {@code primary}, {@code
 * characteristics} and {@code char-desc} (which lists every attribute of the range, declarations
 * included).
 */
final class DatabaseAssembler {
  private DatabaseAssembler() {}

  static GattDatabase assemble(
      List<OutputLine.Service> services,
      List<OutputLine.Characteristic> characteristics,
      List<OutputLine.Attribute> attributes) {
    List<OutputLine.Service> sortedServices = new ArrayList<>(services);
    sortedServices.sort(Comparator.comparingInt(OutputLine.Service::startHandle));
    List<OutputLine.Characteristic> sortedChars = new ArrayList<>(characteristics);
    sortedChars.sort(Comparator.comparingInt(OutputLine.Characteristic::declarationHandle));
    List<GattService> out = new ArrayList<>();
    for (OutputLine.Service s : sortedServices) {
      List<OutputLine.Characteristic> inside =
          sortedChars.stream()
              .filter(
                  c ->
                      c.declarationHandle() >= s.startHandle()
                          && c.declarationHandle() <= s.endHandle())
              .toList();
      List<GattCharacteristic> chars = new ArrayList<>();
      for (int i = 0; i < inside.size(); i++) {
        OutputLine.Characteristic c = inside.get(i);
        int last =
            i + 1 < inside.size() ? inside.get(i + 1).declarationHandle() - 1 : s.endHandle();
        List<GattDescriptor> descriptors =
            attributes.stream()
                .filter(a -> a.handle() > c.valueHandle() && a.handle() <= last)
                .filter(a -> !isDeclaration(a))
                .sorted(Comparator.comparingInt(OutputLine.Attribute::handle))
                .map(a -> new GattDescriptor(a.uuid(), a.handle()))
                .toList();
        chars.add(
            new GattCharacteristic(
                c.uuid(),
                s.uuid(),
                c.declarationHandle(),
                c.valueHandle(),
                c.properties(),
                descriptors));
      }
      out.add(new GattService(s.uuid(), s.startHandle(), s.endHandle(), chars));
    }
    return new GattDatabase(out);
  }

  /** Service (0x2800/0x2801), include (0x2802) and characteristic (0x2803) declarations. */
  private static boolean isDeclaration(OutputLine.Attribute a) {
    return Uuids.is(a.uuid(), 0x2800)
        || Uuids.is(a.uuid(), 0x2801)
        || Uuids.is(a.uuid(), 0x2802)
        || Uuids.is(a.uuid(), 0x2803);
  }
}
