package io.gattscope.gatt.decode;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.gatt.format.ValueFormat;
import java.util.Locale;

/** Decoders for GAP, GATT and Device Information characteristics and the common descriptors. */
final class GattDecoders {
  private GattDecoders() {}

  /**
   * This family's decoder of a 16-bit SIG UUID, made when asked for: each holds a method reference,
   * and linking all of them would cost a one-shot command-line read more than its own decode.
   *
   * @param uuid16 the 16-bit UUID
   * @return a new decoder, or null when this family has none for it
   */
  static CharacteristicDecoder of(int uuid16) {
    return switch (uuid16) {
      case 0x2A00 -> text(uuid16, "Device Name");
      case 0x2A01 -> new SigDecoder(uuid16, "Appearance", true, GattDecoders::appearance);
      case 0x2A04 ->
          new SigDecoder(
              uuid16, "Peripheral Preferred Connection Parameters", true, GattDecoders::ppcp);
      case 0x2A05 -> new SigDecoder(uuid16, "Service Changed", true, GattDecoders::serviceChanged);
      case 0x2A29 -> text(uuid16, "Manufacturer Name String");
      case 0x2A24 -> text(uuid16, "Model Number String");
      case 0x2A25 -> text(uuid16, "Serial Number String");
      case 0x2A26 -> text(uuid16, "Firmware Revision String");
      case 0x2A27 -> text(uuid16, "Hardware Revision String");
      case 0x2A28 -> text(uuid16, "Software Revision String");
      case 0x2A23 -> new SigDecoder(uuid16, "System ID", true, GattDecoders::systemId);
      case 0x2A50 -> new SigDecoder(uuid16, "PnP ID", true, GattDecoders::pnpId);
      case 0x2901 -> text(uuid16, "Characteristic User Description");
      case 0x2902 ->
          new SigDecoder(uuid16, "Client Characteristic Configuration", true, GattDecoders::cccd);
      case 0x2904 ->
          new SigDecoder(uuid16, "Characteristic Presentation Format", true, GattDecoders::cpf);
      default -> null;
    };
  }

  private static CharacteristicDecoder text(int uuid, String name) {
    return new SigDecoder(uuid, name, false, r -> r.text(name, ValueFormat.UTF8.format(r.rest())));
  }

  private static void appearance(Reader r) {
    int v = r.u16("Appearance");
    String name = BluetoothNames.get().appearanceName(v).orElse("Unknown");
    r.text("Appearance", String.format(Locale.ROOT, "%s (0x%04X)", name, v));
    r.text("Category", Integer.toString(v >> 6));
    r.text("Subcategory", Integer.toString(v & 0x3F));
  }

  private static void ppcp(Reader r) {
    interval(r, "Minimum Connection Interval", r.u16("Minimum Connection Interval"));
    interval(r, "Maximum Connection Interval", r.u16("Maximum Connection Interval"));
    int latency = r.u16("Peripheral Latency");
    if (latency == 0xFFFF) {
      r.text("Peripheral Latency", "no specific value");
    } else {
      r.integer("Peripheral Latency", latency, "events");
    }
    int timeout = r.u16("Supervision Timeout");
    if (timeout == 0xFFFF) {
      r.text("Supervision Timeout", "no specific value");
    } else {
      r.number("Supervision Timeout", timeout * 10.0, 0, "ms");
    }
  }

  private static void interval(Reader r, String name, int units) {
    if (units == 0xFFFF) {
      r.text(name, "no specific value");
    } else {
      r.number(name, units * 1.25, 2, "ms");
    }
  }

  private static void serviceChanged(Reader r) {
    int start = r.u16("Start Handle");
    r.text("Start Handle", String.format(Locale.ROOT, "0x%04X", start));
    int end = r.u16("End Handle");
    r.text("End Handle", String.format(Locale.ROOT, "0x%04X", end));
    if (end < start) {
      r.error("Handle Range", "end handle is before start handle");
    }
  }

  private static void systemId(Reader r) {
    byte[] id = r.bytes("System ID", 8);
    long manufacturer = 0;
    for (int i = 4; i >= 0; i--) {
      manufacturer = manufacturer << 8 | (id[i] & 0xFF);
    }
    int oui = (id[5] & 0xFF) | (id[6] & 0xFF) << 8 | (id[7] & 0xFF) << 16;
    r.text("Manufacturer Identifier", String.format(Locale.ROOT, "0x%010X", manufacturer));
    r.text(
        "Organizationally Unique Identifier",
        String.format(Locale.ROOT, "%02X:%02X:%02X", oui >> 16, (oui >> 8) & 0xFF, oui & 0xFF));
  }

  private static void pnpId(Reader r) {
    int source = r.u8("Vendor ID Source");
    r.text(
        "Vendor ID Source", Common.pick(source, null, "Bluetooth SIG", "USB Implementer's Forum"));
    int vendor = r.u16("Vendor ID");
    String vendorName =
        source == 1 ? BluetoothNames.get().companyName(vendor).map(n -> n + " ").orElse("") : "";
    r.text(
        "Vendor ID",
        vendorName + String.format(Locale.ROOT, source == 1 ? "(0x%04X)" : "0x%04X", vendor));
    r.text("Product ID", String.format(Locale.ROOT, "0x%04X", r.u16("Product ID")));
    int version = r.u16("Product Version");
    r.text(
        "Product Version",
        String.format(Locale.ROOT, "%d.%d.%d", version >> 8, (version >> 4) & 0xF, version & 0xF));
  }

  private static void cccd(Reader r) {
    int v = r.u16("Configuration");
    r.text("Notifications", (v & 1) != 0 ? "enabled" : "disabled");
    r.text("Indications", (v & 2) != 0 ? "enabled" : "disabled");
    if ((v & ~3) != 0) {
      r.error("Reserved Bits", String.format(Locale.ROOT, "0x%04X set (must be 0)", v & ~3));
    }
  }

  private static void cpf(Reader r) {
    PresentationFormat pf = PresentationFormat.parse(r.bytes("Presentation Format", 7));
    r.text(
        "Format",
        pf.type()
            .map(t -> t.label())
            .orElse(String.format(Locale.ROOT, "unknown (0x%02X)", pf.formatCode())));
    r.integer("Exponent", pf.exponent(), "");
    r.add(
        Field.text(
            "Unit",
            pf.unit()
                    .map(u -> u.name() + (u.symbol().isEmpty() ? "" : " [" + u.symbol() + "]"))
                    .orElse("unknown")
                + " ("
                + Uuids.format(Uuids.fromShort(pf.unitUuid()))
                + ")"));
    r.text("Namespace", String.format(Locale.ROOT, "0x%02X", pf.namespace()));
    r.text("Description", String.format(Locale.ROOT, "0x%04X", pf.description()));
    r.text("Summary", pf.describe());
  }
}
