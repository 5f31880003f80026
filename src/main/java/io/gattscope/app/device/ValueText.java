package io.gattscope.app.device;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.gatt.format.Hex;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The formats one characteristic's value can be shown in: the SIG decoder's fields, its
 * Presentation Format descriptor, and the plain formats of the knowledge package.
 */
final class ValueText {
  private final GattKnowledge knowledge;
  private final UUID uuid;
  private final ObservableList<String> formats = FXCollections.observableArrayList();
  private byte[] presentation;

  ValueText(GattKnowledge knowledge, UUID uuid) {
    this.knowledge = knowledge;
    this.uuid = uuid;
    if (decodable()) {
      formats.add(CharacteristicViewModel.DECODED);
    }
    formats.addAll(knowledge.formats());
  }

  /** True when a SIG decoder knows this characteristic. */
  boolean decodable() {
    return knowledge.hasDecoder(uuid);
  }

  /** Adds the Presentation Format (0x2904) as the first format. */
  void presentation(byte[] value) {
    presentation = value.clone();
    if (!formats.contains(CharacteristicViewModel.PRESENTATION)) {
      formats.add(0, CharacteristicViewModel.PRESENTATION);
    }
  }

  ObservableList<String> formats() {
    return formats;
  }

  /** The value shown in a format. */
  String text(String format, byte[] v) {
    if (CharacteristicViewModel.DECODED.equals(format)) {
      List<GattKnowledge.Field> decoded = knowledge.decode(uuid, v);
      return decoded.isEmpty()
          ? Hex.format(v)
          : String.join(", ", decoded.stream().map(x -> x.name() + ": " + x.value()).toList());
    }
    if (CharacteristicViewModel.PRESENTATION.equals(format) && presentation != null) {
      return knowledge.formatPresentation(presentation, v);
    }
    return knowledge.format(format, v);
  }
}
