package io.gattscope.ble.bgapi;

import io.gattscope.ble.bgapi.codec.BgapiMessage;
import java.util.Locale;

/** Gives BGAPI messages their reference names, e.g. {@code attclient_read_by_handle}. */
final class MessageNames {
  private MessageNames() {}

  /** The reference name of a message, from its record class and holder class. */
  static String of(BgapiMessage message) {
    Class<?> type = message.getClass();
    Class<?> holder = type.getEnclosingClass();
    String cls = holder == null ? "" : holder.getSimpleName().replace("Messages", "");
    String name = type.getSimpleName().replaceAll("(Response|Event)$", "");
    return snake(cls) + "_" + snake(name);
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
