package io.gattscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Connects, discovers and prints the GATT tree. */
@Command(
    name = "services",
    description = "Print the device's GATT tree: services, characteristics, descriptors.")
final class ServicesCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Override
  int execute() {
    GattDatabase db;
    try (Session session = connect(device)) {
      err().println("Discovering services");
      db = session.device().discover();
    }
    if (json()) {
      printJson(toJson(db));
    } else {
      print(db);
    }
    return 0;
  }

  private void print(GattDatabase db) {
    for (GattService s : db.services()) {
      out()
          .printf(
              Locale.ROOT,
              "Service %s%s  [0x%04X..0x%04X]%n",
              Uuids.format(s.uuid()),
              named(Vocabulary.serviceName(s.uuid())),
              s.startHandle(),
              s.endHandle());
      for (GattCharacteristic c : s.characteristics()) {
        out()
            .printf(
                Locale.ROOT,
                "  0x%04X  %s%s  [%s]%n",
                c.valueHandle(),
                Uuids.format(c.uuid()),
                named(Vocabulary.characteristicName(c.uuid())),
                properties(c));
        for (GattDescriptor d : c.descriptors()) {
          out()
              .printf(
                  Locale.ROOT,
                  "    0x%04X  %s%s%n",
                  d.handle(),
                  Uuids.format(d.uuid()),
                  named(Vocabulary.descriptorName(d.uuid())));
        }
      }
    }
  }

  private static ObjectNode toJson(GattDatabase db) {
    ObjectNode root = object();
    ArrayNode services = root.putArray("services");
    for (GattService s : db.services()) {
      ObjectNode so =
          services
              .addObject()
              .put("uuid", Uuids.format(s.uuid()))
              .put("startHandle", s.startHandle())
              .put("endHandle", s.endHandle());
      Vocabulary.serviceName(s.uuid()).ifPresent(n -> so.put("name", n));
      ArrayNode chars = so.putArray("characteristics");
      for (GattCharacteristic c : s.characteristics()) {
        ObjectNode co =
            chars
                .addObject()
                .put("uuid", Uuids.format(c.uuid()))
                .put("declarationHandle", c.declarationHandle())
                .put("valueHandle", c.valueHandle());
        Vocabulary.characteristicName(c.uuid()).ifPresent(n -> co.put("name", n));
        ArrayNode props = co.putArray("properties");
        c.propertySet().forEach(p -> props.add(p.name().toLowerCase(Locale.ROOT)));
        ArrayNode descs = co.putArray("descriptors");
        for (GattDescriptor d : c.descriptors()) {
          ObjectNode dobj = descs.addObject().put("uuid", Uuids.format(d.uuid()));
          dobj.put("handle", d.handle());
          Vocabulary.descriptorName(d.uuid()).ifPresent(n -> dobj.put("name", n));
        }
      }
    }
    return root;
  }

  static String properties(GattCharacteristic c) {
    return c.propertySet().stream()
        .map(CharacteristicProperty::name)
        .map(n -> n.toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(" "));
  }

  private static String named(Optional<String> name) {
    return name.map(n -> " " + n).orElse("");
  }
}
