package io.gattscope.ble.gatttool;

import java.util.List;

/**
 * A stand-in for {@code hcitool -i hciX lescan}: prints {@code LE Scan ...} and device lines until
 * interrupted; {@code FAKE_HCITOOL_MODE=noperm|nodev} prints the real tool's errors instead.
 */
public final class FakeHcitool {
  private FakeHcitool() {}

  public static void main(String[] args) throws InterruptedException {
    String mode = System.getenv().getOrDefault("FAKE_HCITOOL_MODE", "ok");
    if (mode.equals("noperm")) {
      System.err.println("Set scan parameters failed: Operation not permitted");
      System.exit(1);
    }
    if (mode.equals("nodev")) {
      System.err.println("Could not open device: No such device");
      System.exit(1);
    }
    boolean duplicates = List.of(args).contains("--duplicates");
    System.out.println("LE Scan ...");
    System.out.flush();
    List<String> devices = List.of("AA:BB:CC:DD:EE:01 (unknown)", "AA:BB:CC:DD:EE:02 Thermo");
    for (int round = 0; round < 1000; round++) {
      for (String d : devices) {
        if (round == 0 || duplicates) {
          System.out.println(d);
        }
      }
      System.out.flush();
      Thread.sleep(20);
    }
  }
}
