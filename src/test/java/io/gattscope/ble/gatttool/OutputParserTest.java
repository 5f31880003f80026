package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Uuids;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognition of the real tool's output, with prompts, colours and CR/LF as it prints them. */
class OutputParserTest {
  static final String PROMPT = "\u001B[0;94m[AA:BB:CC:DD:EE:FF]\u001B[0m[LE]> ";

  private static List<OutputLine> lines(String raw) {
    return TerminalText.pieces(raw).stream().map(OutputParser::parse).toList();
  }

  @Test
  void promptsColoursAndCarriageReturnsAreRemoved() {
    assertThat(TerminalText.pieces("\r" + PROMPT + "\r" + PROMPT + "Connection successful\r"))
        .containsExactly("Connection successful");
    assertThat(TerminalText.pieces("[                 ][LE]> ")).isEmpty();
    assertThat(lines(PROMPT + "\u001B[0;91mError: \u001B[0mInvalid value"))
        .containsExactly(new OutputLine.Failure("Invalid value", false));
  }

  @Test
  void notificationsGluedToAPromptAreRecognised() {
    OutputLine n = lines(PROMPT + "Notification handle = 0x000e value: 01 ff ").get(0);
    assertThat(n)
        .isInstanceOfSatisfying(
            OutputLine.Notification.class,
            x -> {
              assertThat(x.handle()).isEqualTo(0x0E);
              assertThat(x.value()).containsExactly(1, 0xFF);
              assertThat(x.indication()).isFalse();
            });
    assertThat(OutputParser.parse("Indication   handle = 0x0010 value: "))
        .isInstanceOfSatisfying(
            OutputLine.Notification.class,
            x -> {
              assertThat(x.indication()).isTrue();
              assertThat(x.value()).isEmpty();
            });
  }

  @Test
  void discoveryAndValueLines() {
    assertThat(
            OutputParser.parse(
                "attr handle: 0x0001, end grp handle: 0x0007 uuid: 00001800-0000-1000-8000-00805f9b34fb"))
        .isEqualTo(new OutputLine.Service(1, 7, Uuids.fromShort(0x1800)));
    assertThat(
            OutputParser.parse(
                "handle: 0x0002, char properties: 0x12, char value handle: 0x0003, "
                    + "uuid: 00002a00-0000-1000-8000-00805f9b34fb"))
        .isEqualTo(new OutputLine.Characteristic(2, 0x12, 3, Uuids.fromShort(0x2A00)));
    assertThat(OutputParser.parse("handle: 0x0004, uuid: 00002902-0000-1000-8000-00805f9b34fb"))
        .isEqualTo(new OutputLine.Attribute(4, Uuids.fromShort(0x2902)));
    assertThat(OutputParser.parse("handle: 0x0003 \t value: 01 02"))
        .isInstanceOfSatisfying(
            OutputLine.HandleValue.class, v -> assertThat(v.value()).containsExactly(1, 2));
    assertThat(OutputParser.parse("Characteristic value/descriptor: 46 61 "))
        .isInstanceOfSatisfying(
            OutputLine.Value.class, v -> assertThat(v.value()).containsExactly(0x46, 0x61));
    assertThat(OutputParser.parse("MTU was exchanged successfully: 100"))
        .isEqualTo(new OutputLine.Mtu(100));
    assertThat(OutputParser.parse("sec-level: medium"))
        .isEqualTo(new OutputLine.SecLevel("medium"));
    assertThat(OutputParser.parse("char-read-hnd 0x0003")).isInstanceOf(OutputLine.Echo.class);
    assertThat(OutputParser.parse("(gatttool:99): GLib-WARNING **: Invalid file descriptor."))
        .isInstanceOf(OutputLine.LinkLost.class);
  }

  @Test
  void errorLinesMapToTypedExceptions() {
    var noStack =
        ErrorTranslator.translate(
            new OutputLine.Failure(
                "socket(SEQPACKET, L2CAP): Address family not supported by protocol (97)", false),
            "connect",
            0);
    assertThat(noStack).isInstanceOf(AdapterUnavailableException.class);
    var auth =
        ErrorTranslator.translate(
            new OutputLine.Failure(
                "Characteristic value/descriptor read failed: Attribute requires authentication before read/write",
                false),
            "read",
            0x17);
    assertThat(auth)
        .isInstanceOfSatisfying(
            GattException.class,
            g -> {
              assertThat(g.attErrorCode()).isEqualTo(0x05);
              assertThat(g.handle()).isEqualTo(0x17);
            });
    var blob =
        ErrorTranslator.translate(
            new OutputLine.Failure(
                "Characteristic value/descriptor read failed: Attribute can't be read/written using Read Blob Req",
                false),
            "read",
            1);
    assertThat(((GattException) blob).attErrorCode()).isEqualTo(0x0B);
    assertThat(ErrorTranslator.translate(new OutputLine.Failure("Disconnected", true), "read", 0))
        .isInstanceOf(NotConnectedException.class);
    assertThat(
            ErrorTranslator.translate(
                new OutputLine.Failure(
                    "Characteristic Write Request failed: Internal application error: I/O", false),
                "write",
                0))
        .isInstanceOf(NotConnectedException.class);
    var refused =
        ErrorTranslator.translate(
            new OutputLine.Failure("connect to AA:BB:CC:DD:EE:FF: Connection refused (111)", false),
            "connection",
            0);
    assertThat(refused)
        .isInstanceOfSatisfying(
            BackendException.class, b -> assertThat(b.resultCode()).isEqualTo(111));
  }
}
