package io.gattscope.ble.gatttool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * A stand-in for BlueZ's {@code gatttool -I}, run as its own process by the tests. It prints what
 * the real tool prints (attrib/interactive.c of BlueZ 5.66): readline prompts, ANSI colours, echo
 * of typed lines, CR/LF mixes, the same answer and error texts, from a small simulated database.
 *
 * <p>Environment: {@code FAKE_GATTTOOL_NO_STACK=1} answers connect like a machine without a
 * Bluetooth kernel stack; {@code FAKE_GATTTOOL_LOG=file} records every typed line. Writing {@code
 * dead} to any writable handle makes the process exit at once; writing {@code beef} prints a GLib
 * warning about an invalid file descriptor, as gatttool does when its socket breaks; writing {@code
 * 0ff0} drops the link silently; while the file named by {@code FAKE_GATTTOOL_AWAY} exists, connect
 * fails as with a peer out of range; so the next command answers {@code Command Failed:
 * Disconnected}; reading handle 0x0F0F is never answered. With {@code
 * FAKE_GATTTOOL_SERVICE_CHANGED=1} the peer also has a Generic Attribute service with Service
 * Changed (value 0x001D, CCCD 0x001E), and writing {@code 5c5c} to a writable handle changes its
 * table: the Heart Rate service moves to 0x0020..0x0026, the Battery service vanishes, and an
 * indication of Service Changed (0x0006..0xffff) follows when its CCCD is set.
 */
public final class FakeGatttool {
  static final String RED = "\u001B[0;91m";
  static final String BLUE = "\u001B[0;94m";
  static final String OFF = "\u001B[0m";
  static final String BASE = "-0000-1000-8000-00805f9b34fb";
  static final String CUSTOM = "12345678-1234-5678-1234-56789abcdef0";

  record Svc(int start, int end, String uuid) {}

  record Chr(int decl, int props, int value, String uuid, boolean auth) {}

  private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.ISO_8859_1);
  private final List<Svc> services = new ArrayList<>();
  private final List<Chr> chars = new ArrayList<>();
  private final Map<Integer, String> types = new HashMap<>();
  private final Map<Integer, byte[]> values = new HashMap<>();
  private final Map<Integer, TimerTask> emitters = new HashMap<>();
  private final Map<Integer, Integer> counters = new HashMap<>();
  private final Timer timer = new Timer("fake-gatttool-timer", true);
  private String address = "";
  private boolean connected;
  private String secLevel = "low";
  private boolean mtuDone;
  private int printed;

  static String sig(int v) {
    return String.format("%08x", v) + BASE;
  }

  private void service(int start, int end, int uuid16) {
    services.add(new Svc(start, end, sig(uuid16)));
    types.put(start, sig(0x2800));
  }

  private void chr(int decl, int props, String uuid, boolean auth, byte[] value) {
    chars.add(new Chr(decl, props, decl + 1, uuid, auth));
    types.put(decl, sig(0x2803));
    types.put(decl + 1, uuid);
    values.put(decl + 1, value);
  }

  private void desc(int handle, int type, byte[] value) {
    types.put(handle, sig(type));
    values.put(handle, value);
  }

  FakeGatttool() {
    service(0x0001, 0x0005, 0x1800);
    chr(0x0002, 0x02, sig(0x2A00), false, "Fake".getBytes(StandardCharsets.US_ASCII));
    chr(0x0004, 0x02, sig(0x2A01), false, new byte[] {0x40, 0x03});
    service(0x0006, 0x000C, 0x180D);
    chr(0x0007, 0x10, sig(0x2A37), false, new byte[] {0x00, 0x48});
    desc(0x0009, 0x2901, "Heart".getBytes(StandardCharsets.US_ASCII));
    desc(0x000A, 0x2902, new byte[] {0, 0});
    chr(0x000B, 0x02, sig(0x2A38), false, new byte[] {0x01});
    service(0x000D, 0x0012, 0x180F);
    chr(0x000E, 0x12, sig(0x2A19), false, new byte[] {0x64});
    desc(0x0010, 0x2902, new byte[] {0, 0});
    chr(0x0011, 0x0A, CUSTOM, false, new byte[] {0x11});
    boolean serviceChanged = "1".equals(System.getenv("FAKE_GATTTOOL_SERVICE_CHANGED"));
    services.add(new Svc(0x0013, serviceChanged ? 0x001A : 0xFFFF, sig(0xFFF0)));
    types.put(0x0013, sig(0x2800));
    chr(0x0014, 0x0E, CUSTOM, false, new byte[] {0x22});
    chr(0x0016, 0x0A, sig(0xFFF2), true, new byte[] {0x5E, 0x5E});
    chr(0x0018, 0x20, sig(0xFFF3), false, new byte[] {0x00});
    desc(0x001A, 0x2902, new byte[] {0, 0});
    if (serviceChanged) {
      service(0x001B, 0x001E, 0x1801);
      chr(0x001C, 0x20, sig(0x2A05), false, new byte[] {1, 0, (byte) 0xFF, (byte) 0xFF});
      desc(0x001E, 0x2902, new byte[] {0, 0});
    }
  }

  /** Service Changed's value handle (only with {@code FAKE_GATTTOOL_SERVICE_CHANGED=1}). */
  static final int SERVICE_CHANGED = 0x001D;

  /**
   * The firmware update: Heart Rate moves, Battery vanishes, Service Changed is indicated for
   * 0x0006..0xffff when the client enabled it.
   */
  synchronized void changeServices() {
    services.removeIf(s -> s.start() >= 0x0006 && s.start() <= 0x0012);
    chars.removeIf(c -> c.decl() >= 0x0006 && c.decl() <= 0x0012);
    for (int h = 0x0006; h <= 0x0012; h++) {
      types.remove(h);
      values.remove(h);
      TimerTask t = emitters.remove(h);
      if (t != null) {
        t.cancel();
      }
    }
    service(0x0020, 0x0026, 0x180D);
    chr(0x0021, 0x10, sig(0x2A37), false, new byte[] {0x00, 0x48});
    desc(0x0023, 0x2901, "Heart".getBytes(StandardCharsets.US_ASCII));
    desc(0x0024, 0x2902, new byte[] {0, 0});
    chr(0x0025, 0x02, sig(0x2A38), false, new byte[] {0x01});
    services.sort(Comparator.comparingInt(Svc::start));
    chars.sort(Comparator.comparingInt(Chr::decl));
    byte[] cccd = values.get(SERVICE_CHANGED + 1);
    if (cccd != null && (cccd[0] & 0x02) != 0) {
      printAsync(
          String.format("Indication   handle = 0x%04x value: 06 00 ff ff ", SERVICE_CHANGED));
    }
  }

  public static void main(String[] args) throws IOException {
    new FakeGatttool().run();
  }

  private String prompt() {
    String a = String.format("[%17s]", address);
    return connected ? BLUE + a + OFF + "[LE]> " : a + "[LE]> ";
  }

  /** Prints like readline's rl_printf: the text, then the prompt again (no newline). */
  private synchronized void print(String text) {
    printed++;
    String ending = printed % 3 == 0 ? "\r\n" : "\n";
    out.print(text + ending + prompt());
    out.flush();
  }

  /** Asynchronous output glued after a redrawn prompt, as readline redisplays it. */
  private synchronized void printAsync(String text) {
    printed++;
    if (printed % 2 == 0) {
      out.print("\r" + prompt() + "\r" + text + "\n" + prompt());
    } else {
      out.print(prompt() + text + "\r\n" + prompt());
    }
    out.flush();
  }

  private void error(String text) {
    print(RED + "Error: " + OFF + text);
  }

  private void run() throws IOException {
    String log = System.getenv("FAKE_GATTTOOL_LOG");
    synchronized (this) {
      out.print(prompt());
      out.flush();
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    String line;
    while ((line = in.readLine()) != null) {
      if (log != null) {
        Files.writeString(
            Path.of(log), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      synchronized (this) {
        out.print(line + "\n");
        out.flush();
      }
      String[] a = line.strip().split("\\s+");
      if (a[0].isEmpty()) {
        continue;
      }
      if (a[0].equals("exit") || a[0].equals("quit")) {
        break;
      }
      command(a);
    }
    out.flush();
    System.exit(0);
  }

  private void command(String[] a) {
    switch (a[0]) {
      case "connect" -> connect(a);
      case "disconnect" -> {
        connected = false;
        emitters.values().forEach(TimerTask::cancel);
        emitters.clear();
      }
      case "sec-level" -> {
        if (a.length < 2) {
          print("sec-level: " + secLevel);
        } else if (List.of("low", "medium", "high").contains(a[1].toLowerCase())) {
          secLevel = a[1].toLowerCase();
        } else {
          print("Allowed values: low | medium | high");
        }
      }
      default -> {
        if (!List.of(
                "primary",
                "characteristics",
                "char-desc",
                "char-read-hnd",
                "char-read-uuid",
                "char-write-req",
                "char-write-cmd",
                "mtu")
            .contains(a[0])) {
          error(a[0] + ": command not found");
        } else if (!connected) {
          print(RED + "Command Failed: " + OFF + "Disconnected");
        } else {
          FakeGattCommands.run(this, a);
        }
      }
    }
  }

  private void connect(String[] a) {
    if (connected) {
      return;
    }
    address = a.length > 1 ? a[1] : address;
    print("Attempting to connect to " + address);
    if ("1".equals(System.getenv("FAKE_GATTTOOL_NO_STACK"))) {
      error("socket(SEQPACKET, L2CAP): Address family not supported by protocol (97)");
      return;
    }
    String away = System.getenv("FAKE_GATTTOOL_AWAY");
    if (away != null && Files.exists(Path.of(away))) {
      later(40, () -> error("connect error: Connection refused (111)"));
      return;
    }
    later(
        40,
        () -> {
          connected = true;
          printAsync("Connection successful");
        });
  }

  void later(long ms, Runnable r) {
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            synchronized (FakeGatttool.this) {
              r.run();
            }
          }
        },
        ms);
  }

  // ---- accessors for FakeGattCommands --------------------------------------------------------

  List<Svc> services() {
    return services;
  }

  List<Chr> chars() {
    return chars;
  }

  Map<Integer, String> types() {
    return types;
  }

  Map<Integer, byte[]> values() {
    return values;
  }

  String secLevel() {
    return secLevel;
  }

  synchronized boolean exchangeMtu() {
    boolean first = !mtuDone;
    mtuDone = true;
    return first;
  }

  void say(String text) {
    print(text);
  }

  void fail(String text) {
    error(text);
  }

  void commandFailed(String text) {
    print(RED + "Command Failed: " + OFF + text);
  }

  synchronized void linkBroken() {
    out.print("\n(gatttool:4242): GLib-WARNING **: 12:00:00.000: Invalid file descriptor.\n\n");
    out.flush();
    connected = false;
    emitters.values().forEach(TimerTask::cancel);
  }

  /** The peer vanished: the real tool only changes its prompt state and prints nothing. */
  synchronized void dropSilently() {
    connected = false;
    emitters.values().forEach(TimerTask::cancel);
  }

  /** Starts or stops periodic notifications or indications of a value handle. */
  synchronized void emit(int valueHandle, int cccd) {
    TimerTask old = emitters.remove(valueHandle);
    if (old != null) {
      old.cancel();
    }
    if (cccd == 0 || valueHandle == SERVICE_CHANGED) {
      return;
    }
    String kind = cccd == 2 ? "Indication   handle" : "Notification handle";
    TimerTask t =
        new TimerTask() {
          @Override
          public void run() {
            synchronized (FakeGatttool.this) {
              if (connected) {
                int n = counters.merge(valueHandle, 1, Integer::sum) - 1;
                printAsync(
                    String.format(
                        "%s = 0x%04x value: %02x %02x ", kind, valueHandle, n & 0xFF, 0xAA));
              }
            }
          }
        };
    emitters.put(valueHandle, t);
    timer.scheduleAtFixedRate(t, 5, 10);
  }
}
