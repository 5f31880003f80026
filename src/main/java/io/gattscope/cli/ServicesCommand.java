package io.gattscope.cli;

import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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
      print(out(), db);
    }
    return 0;
  }

  /** Prints the tree as text: services, characteristics with properties, descriptors. */
  static void print(PrintStream out, GattDatabase db) {
    for (GattService s : db.services()) {
      out.printf(
          Locale.ROOT,
          "Service %s%s  [0x%04X..0x%04X]%n",
          Uuids.format(s.uuid()),
          named(Vocabulary.serviceName(s.uuid())),
          s.startHandle(),
          s.endHandle());
      for (GattCharacteristic c : s.characteristics()) {
        out.printf(
            Locale.ROOT,
            "  0x%04X  %s%s  [%s]%n",
            c.valueHandle(),
            Uuids.format(c.uuid()),
            named(Vocabulary.characteristicName(c.uuid())),
            properties(c));
        for (GattDescriptor d : c.descriptors()) {
          out.printf(
              Locale.ROOT,
              "    0x%04X  %s%s%n",
              d.handle(),
              Uuids.format(d.uuid()),
              named(Vocabulary.descriptorName(d.uuid())));
        }
      }
    }
  }

  private Json toJson(GattDatabase db) {
    List<Json> services = new ArrayList<>();
    for (GattService s : db.services()) {
      Json so = Vocabulary.uuidJson(s.uuid(), Vocabulary.serviceName(s.uuid()));
      so.put("startHandle", s.startHandle()).put("endHandle", s.endHandle());
      List<Json> chars = new ArrayList<>();
      for (GattCharacteristic c : s.characteristics()) {
        Json co = Vocabulary.uuidJson(c.uuid(), Vocabulary.characteristicName(c.uuid()));
        co.put("declarationHandle", c.declarationHandle()).put("valueHandle", c.valueHandle());
        co.putStrings(
            "properties",
            c.propertySet().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        List<Json> descs = new ArrayList<>();
        for (GattDescriptor d : c.descriptors()) {
          descs.add(
              Vocabulary.uuidJson(d.uuid(), Vocabulary.descriptorName(d.uuid()))
                  .put("handle", d.handle()));
        }
        chars.add(co.putObjects("descriptors", descs));
      }
      services.add(so.putObjects("characteristics", chars));
    }
    return Json.object().put("address", device.address.toString()).putObjects("services", services);
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
