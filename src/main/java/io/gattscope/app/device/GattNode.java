package io.gattscope.app.device;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;

/**
 * A row of the GATT tree: a service, a characteristic or a descriptor.
 *
 * @param kind what the row is
 * @param name the SIG name, user label or "Unknown"
 * @param uuidText the UUID, short when SIG
 * @param handle the service declaration handle, the characteristic value handle, or the descriptor
 *     handle
 * @param properties property letters (characteristics only, else empty)
 * @param value the latest value formatted (empty binding for services)
 * @param children the rows below it
 * @param characteristic the characteristic's view model, or null
 * @param descriptor the descriptor's view model, or null
 */
public record GattNode(
    Kind kind,
    ObservableStringValue name,
    String uuidText,
    int handle,
    String properties,
    ObservableStringValue value,
    List<GattNode> children,
    CharacteristicViewModel characteristic,
    DescriptorViewModel descriptor) {

  /** What a row is. */
  public enum Kind {
    SERVICE,
    CHARACTERISTIC,
    DESCRIPTOR
  }

  /** The handle as 0x0000. */
  public String handleText() {
    return String.format(Locale.ROOT, "0x%04X", handle);
  }

  /** True when the row itself mentions the text in its name, UUID or handle (ignoring case). */
  public boolean matchesSelf(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return name.get().toLowerCase(Locale.ROOT).contains(t)
        || uuidText.toLowerCase(Locale.ROOT).contains(t)
        || handleText().toLowerCase(Locale.ROOT).contains(t);
  }

  /** True when the row or one below it mentions the text. */
  public boolean matches(String text) {
    return matchesSelf(text) || children.stream().anyMatch(c -> c.matches(text));
  }
}
