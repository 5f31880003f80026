package io.gattscope.ble.sim;

import java.time.Duration;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecurityTest {
  private static final String SECURE = "05 00 00 01 5E C6";

  private final DongleHarness h = new DongleHarness();

  @AfterEach
  void close() {
    h.close();
  }

  private void connectSecureWithKeyboard() {
    h.connect(SECURE, 1, 0, "FF");
    h.command("00 01 05 01 01", "00 00 05 01");
    h.command("00 03 05 03 01 10 02", "00 00 05 03");
    h.command("00 03 04 04 00 0A 00", "00 03 04 04 00 00 00");
    h.expect("80 05 04 01 00 05 04 0A 00");
    h.command("00 02 05 00 00 01", "00 03 05 00 00 00 00");
    h.expect("80 01 05 03 00");
  }

  @Test
  void theRightPasskeyEncryptsBondsAndUnlocksTheSecret() {
    connectSecureWithKeyboard();
    h.command("00 05 05 04 00 40 E2 01 00", "00 02 05 04 00 00");
    h.expect("80 10 03 00 00 07 " + SECURE + " 01 0C 00 64 00 00 00 00");
    h.expect("80 04 05 04 00 10 01 13");
    h.command("00 03 04 04 00 0A 00", "00 03 04 04 00 00 00");
    h.expect("80 0E 04 05 00 0A 00 00 09 73 33 63 72 33 74 2D 34 32");
    h.command("00 00 05 05", "00 01 05 05 01");
    h.expect("80 04 05 04 00 10 01 13");
    h.command("00 01 05 02 05", "00 02 05 02 80 01");
    h.command("00 01 05 02 FF", "00 02 05 02 00 00");
    h.command("00 00 05 05", "00 01 05 05 00");
  }

  @Test
  void aBondedPeripheralShowsItsBondWhenReconnected() {
    connectSecureWithKeyboard();
    h.command("00 05 05 04 00 40 E2 01 00", "00 02 05 04 00 00");
    h.next();
    h.next();
    h.command("00 01 03 00 00", "00 03 03 00 00 00 00");
    h.expect("80 03 03 04 00 16 02");
    h.connect(SECURE, 1, 0, "00");
    h.command("00 02 05 00 00 01", "00 03 05 00 00 00 00");
    h.expect("80 10 03 00 00 07 " + SECURE + " 01 0C 00 64 00 00 00 00");
  }

  @Test
  void aWrongPasskeyFailsBondingAndLeavesTheLinkUnencrypted() {
    connectSecureWithKeyboard();
    h.command("00 05 05 04 00 41 E2 01 00", "00 02 05 04 00 00");
    h.expect("80 03 05 01 00 01 03");
    h.command("00 03 04 04 00 0A 00", "00 03 04 04 00 00 00");
    h.expect("80 05 04 01 00 05 04 0A 00");
    h.command("00 05 05 04 00 40 E2 01 00", "00 02 05 04 81 01");
    h.command("00 00 05 05", "00 01 05 05 00");
  }

  @Test
  void aDisplayOnlyHostIsShownAPasskeyAndPairs() {
    h.connect(SECURE, 1, 0, "FF");
    h.command("00 03 05 03 01 10 00", "00 00 05 03");
    h.command("00 02 05 00 00 00", "00 03 05 00 00 00 00");
    byte[] display = h.next();
    Assertions.assertThat(DongleHarness.hex(Arrays.copyOf(display, 5))).isEqualTo("80 05 05 02 00");
    h.expect("80 10 03 00 00 07 " + SECURE + " 01 0C 00 64 00 00 00 FF");
    h.expectNone(f -> f[2] == 5, Duration.ofMillis(50));
  }

  @Test
  void noInputNoOutputCannotMeetTheMitmRequirement() {
    h.connect(SECURE, 1, 0, "FF");
    h.command("00 02 05 00 00 01", "00 03 05 00 00 00 00");
    h.expect("80 03 05 01 00 03 03");
    h.command("00 02 05 00 02 01", "00 03 05 00 02 86 01");
    h.command("00 05 05 04 01 40 E2 01 00", "00 02 05 04 86 01");
  }

  @Test
  void justWorksEncryptsAPeripheralWithoutPasskey() {
    h.connectHrm();
    h.command("00 01 05 01 01", "00 00 05 01");
    h.command("00 02 05 00 00 01", "00 03 05 00 00 00 00");
    h.expect("80 10 03 00 00 07 01 01 5E 80 07 00 00 0C 00 64 00 00 00 00");
    h.expect("80 04 05 04 00 10 00 13");
  }
}
