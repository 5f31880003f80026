package io.gattscope.gatt.format;

import java.util.Locale;

/** Names of the Bluetooth SIG namespace descriptions used in Presentation Format descriptors. */
final class DescriptionNames {
  private static final String[] ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
  };
  private static final String[] PLACES = {
    "front",
    "back",
    "top",
    "bottom",
    "upper",
    "lower",
    "main",
    "backup",
    "auxiliary",
    "supplementary",
    "flash",
    "inside",
    "outside",
    "left",
    "right",
    "internal",
    "external"
  };

  private DescriptionNames() {}

  /** E.g. {@code "Bluetooth SIG: first"} or {@code "namespace 0x05, description 0x0001"}. */
  static String describe(int namespace, int description) {
    if (namespace != 1) {
      return String.format(
          Locale.ROOT, "namespace 0x%02X, description 0x%04X", namespace, description);
    }
    String name;
    if (description == 0) {
      name = "unknown";
    } else if (description <= ORDINALS.length) {
      name = ORDINALS[description - 1];
    } else if (description <= 0xFF) {
      name = "#" + description;
    } else if (description - 0x100 < PLACES.length) {
      name = PLACES[description - 0x100];
    } else {
      name = String.format(Locale.ROOT, "0x%04X", description);
    }
    return "Bluetooth SIG: " + name;
  }
}
