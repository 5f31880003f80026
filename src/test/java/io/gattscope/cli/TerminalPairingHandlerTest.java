package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalPairingHandlerTest {
  private static final BleAddress PEER = BleAddress.parse("C6:5E:01:00:00:05");
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private TerminalPairingHandler handler(String typed, boolean interactive, boolean yes) {
    return new TerminalPairingHandler(
        PairingHandler.fixedPasskey(123456),
        new BufferedReader(new StringReader(typed)),
        err,
        interactive,
        yes);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTypedYesConfirmsThePasskeyShownOnTheTerminal() {
    assertThat(handler("y\n", true, false).confirmPasskey(PEER, 42)).isTrue();
    assertThat(err()).contains("Does C6:5E:01:00:00:05 show the passkey 000042? [y/N]");
  }

  @Test
  void anythingButYesRefuses() {
    assertThat(handler("\n", true, false).confirmPasskey(PEER, 42)).isFalse();
    assertThat(handler("nope\n", true, false).authorizePairing(PEER)).isFalse();
    assertThat(handler("", true, false).authorizePairing(PEER)).as("end of input").isFalse();
    assertThat(err()).contains("refused to allow pairing with C6:5E:01:00:00:05");
  }

  @Test
  void eachQuestionReadsItsOwnLine() {
    TerminalPairingHandler h = handler("YES\nn\n", true, false);
    assertThat(h.authorizePairing(PEER)).isTrue();
    assertThat(h.confirmPasskey(PEER, 999_999)).isFalse();
    assertThat(err()).contains("Pair with C6:5E:01:00:00:05 without a passkey? [y/N]");
  }

  @Test
  void withoutATerminalItRefusesWithAClearMessageAndReadsNothing() {
    TerminalPairingHandler h = handler("y\n", false, false);
    assertThatThrownBy(() -> h.confirmPasskey(PEER, 42))
        .isInstanceOf(PairingException.class)
        .hasMessageContaining("no terminal to ask on")
        .hasMessageContaining("--yes");
    assertThatThrownBy(() -> h.authorizePairing(PEER)).isInstanceOf(PairingException.class);
    assertThat(err()).contains("refused to confirm the passkey 000042 of C6:5E:01:00:00:05");
  }

  @Test
  void yesAnswersWithoutAskingAndSaysSo() {
    TerminalPairingHandler h = handler("n\n", false, true);
    assertThat(h.confirmPasskey(PEER, 42)).isTrue();
    assertThat(h.authorizePairing(PEER)).isTrue();
    assertThat(err()).contains("yes (--yes)").doesNotContain("[y/N]");
  }

  @Test
  void passkeyRequestsAndCapabilitiesComeFromTheOptions() {
    TerminalPairingHandler h = handler("", false, false);
    assertThat(h.passkeyRequested(PEER)).isEqualTo(123456);
    assertThat(h.mitm()).isTrue();
    assertThat(h.ioCapability()).isEqualTo(PairingHandler.IoCapability.KEYBOARD_DISPLAY);
  }

  @Test
  void thePairCommandTakesYesAndStillPairsWithThePasskey() {
    try (SimFixture sim = new SimFixture()) {
      SimFixture.Result r =
          sim.run("pair", CliSimTest.SECURE, "--random", "--passkey", "123456", "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains(CliSimTest.SECURE);
    }
  }
}
