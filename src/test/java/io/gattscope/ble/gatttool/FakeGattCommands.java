package io.gattscope.ble.gatttool;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The GATT commands of {@link FakeGatttool}, answered from its simulated database. */
final class FakeGattCommands {
  private FakeGattCommands() {}

  /**
   * What the read of handle 0x0B0B prints before its answer: look-alikes of a value and a
   * notification with bad hex, a binary blob and a very long line.
   */
  static final List<String> GARBAGE =
      List.of(
          "Characteristic value/descriptor: zz 4",
          "Notification handle = 0xQQQQ value: 01 02",
          "Notification handle = 0x0008 value: 0g",
          "\u0001\u0002\u00ff\u00fe binary noise",
          "x".repeat(3000));

  static void run(FakeGatttool g, String[] a) {
    switch (a[0]) {
      case "primary" ->
          g.services()
              .forEach(
                  s ->
                      g.say(
                          String.format(
                              "attr handle: 0x%04x, end grp handle: 0x%04x uuid: %s",
                              s.start(), s.end(), s.uuid())));
      case "characteristics" ->
          g.chars()
              .forEach(
                  c ->
                      g.say(
                          String.format(
                              "handle: 0x%04x, char properties: 0x%02x, char value handle: 0x%04x, uuid: %s",
                              c.decl(), c.props(), c.value(), c.uuid())));
      case "char-desc" -> {
        int start = a.length > 1 ? Integer.decode(a[1]) : 1;
        int end = a.length > 2 ? Integer.decode(a[2]) : 0xFFFF;
        new TreeMap<>(g.types())
            .subMap(start, true, end, true)
            .forEach((h, t) -> g.say(String.format("handle: 0x%04x, uuid: %s", h, t)));
      }
      case "char-read-hnd" -> read(g, a);
      case "char-read-uuid" -> readUuid(g, a[1]);
      case "char-write-req", "char-write-cmd" -> write(g, a);
      case "mtu" -> {
        if (!g.exchangeMtu()) {
          g.commandFailed("MTU exchange can only occur once per connection.");
        } else {
          g.say("MTU was exchanged successfully: " + Math.min(Integer.parseInt(a[1]), 247));
        }
      }
      default -> g.fail(a[0] + ": command not found");
    }
  }

  private static Optional<FakeGatttool.Chr> valueOf(FakeGatttool g, int handle) {
    return g.chars().stream().filter(c -> c.value() == handle).findFirst();
  }

  private static String problem(FakeGatttool g, int handle, boolean write) {
    if (!g.types().containsKey(handle)) {
      return "Invalid handle";
    }
    Optional<FakeGatttool.Chr> c = valueOf(g, handle);
    if (c.isPresent() && c.get().auth() && g.secLevel().equals("low")) {
      return "Attribute requires authentication before read/write";
    }
    if (write) {
      boolean cccd = g.types().get(handle).startsWith("00002902");
      boolean ok = cccd || c.map(x -> (x.props() & 0x0C) != 0).orElse(false);
      return ok ? null : "Attribute can't be written";
    }
    return c.map(x -> (x.props() & 0x02) != 0).orElse(true) ? null : "Attribute can't be read";
  }

  private static void read(FakeGatttool g, String[] a) {
    int h = Integer.decode(a[1]);
    if (h == 0x0F0F) {
      return; // a peer that never answers: the real tool would wait 30 s for the ATT timeout
    }
    if (h == 0x0DEA) {
      System.exit(5); // gatttool crashing in the middle of a read
    }
    if (h == 0x0B0B) {
      // a broken terminal or tool: lines nobody can read, then the real answer of handle 0x0003
      GARBAGE.forEach(g::say);
      h = 0x0003;
    }
    String p = problem(g, h, false);
    if (p != null) {
      g.fail("Characteristic value/descriptor read failed: " + p);
      return;
    }
    byte[] v = g.values().getOrDefault(h, new byte[0]);
    g.say("Characteristic value/descriptor: " + hex(v));
  }

  private static void readUuid(FakeGatttool g, String uuid) {
    List<FakeGatttool.Chr> found =
        g.chars().stream().filter(c -> c.uuid().equalsIgnoreCase(uuid)).toList();
    if (found.isEmpty()) {
      g.fail("Read characteristics by UUID failed: No attribute found within the given range");
      return;
    }
    found.forEach(
        c ->
            g.say(
                String.format(
                    "handle: 0x%04x \t value: %s", c.value(), hex(g.values().get(c.value())))));
  }

  private static void write(FakeGatttool g, String[] a) {
    boolean request = a[0].equals("char-write-req");
    if (a.length < 3) {
      g.say("Usage: " + a[0] + " <handle> <new value>");
      return;
    }
    int h;
    try {
      h = Integer.decode(a[1]);
    } catch (NumberFormatException e) {
      g.fail("A valid handle is required");
      return;
    }
    String text = a[2];
    if (text.length() % 2 != 0 || !text.matches("[0-9a-fA-F]+")) {
      g.fail("Invalid value");
      return;
    }
    if (text.equalsIgnoreCase("dead")) {
      System.exit(3);
    }
    String exitOnCccd = System.getenv("FAKE_GATTTOOL_EXIT_ON_CCCD");
    if (exitOnCccd != null && g.types().getOrDefault(h, "").startsWith("00002902")) {
      System.exit(Integer.parseInt(exitOnCccd)); // gatttool crashing while notifications go on
    }
    if (text.equalsIgnoreCase("0ff0")) {
      g.dropSilently();
      return;
    }
    if (text.equalsIgnoreCase("5c5c")) {
      if (request) {
        g.say("Characteristic value was written successfully");
      }
      g.changeServices();
      return;
    }
    if (text.equalsIgnoreCase("beef")) {
      g.linkBroken();
      return;
    }
    String p = problem(g, h, true);
    if (p != null) {
      if (request) {
        g.fail("Characteristic Write Request failed: " + p);
      }
      return;
    }
    byte[] v = new byte[text.length() / 2];
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
    }
    g.values().put(h, v);
    if (request) {
      g.say("Characteristic value was written successfully");
    }
    if (g.types().get(h).startsWith("00002902")) {
      int owner = owner(g.types(), h);
      g.later(0, () -> g.emit(owner, v[0] & 0x03));
    }
  }

  /** The value handle a CCCD belongs to: the nearest characteristic value below it. */
  private static int owner(Map<Integer, String> types, int cccd) {
    for (int h = cccd - 1; h > 0; h--) {
      if (types.containsKey(h - 1) && types.get(h - 1).startsWith("00002803")) {
        return h;
      }
    }
    return 0;
  }

  static String hex(byte[] v) {
    StringBuilder sb = new StringBuilder();
    for (byte b : v) {
      sb.append(String.format("%02x ", b & 0xFF));
    }
    return sb.toString();
  }
}
