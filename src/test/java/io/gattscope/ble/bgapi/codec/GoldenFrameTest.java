package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleAddress;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GoldenFrameTest {
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  static byte[] hex(String s) {
    return HEX.parseHex(s);
  }

  static BgapiMessage decodeFrame(MessageKind kind, byte[] frame) {
    int len = ((frame[0] & 7) << 8) | (frame[1] & 0xFF);
    assertThat(frame).hasSize(4 + len);
    byte[] payload = Arrays.copyOfRange(frame, 4, frame.length);
    return MessageRegistry.decode(kind, frame[2] & 0xFF, frame[3] & 0xFF, payload);
  }

  @Test
  void capturedScanResponseDecodesFieldByFieldAndReencodesIdentically() {
    byte[] frame =
        hex(
            "80 22 06 00 a6 00 15 13 0b d2 02 61 01 ff 17 02 01 06 13 ff 4c 00 0c 0e 00 64 27 26 3d"
                + " a7 e2 80 87 00 4c c8 3c 4e");

    var m = (GapMessages.ScanResponseEvent) decodeFrame(MessageKind.EVENT, frame);

    assertThat(m.rssi()).isEqualTo(-90);
    assertThat(m.packetType()).isZero();
    assertThat(m.sender()).isEqualTo(BleAddress.parse("61:02:D2:0B:13:15"));
    assertThat(m.addressType()).isEqualTo(1);
    assertThat(m.bond()).isEqualTo(0xFF);
    assertThat(m.data().toArray()).hasSize(23);
    assertThat(m.data().toArray())
        .startsWith(0x02, 0x01, 0x06, 0x13, 0xFF, 0x4C, 0x00, 0x0C)
        .endsWith(0x4C, 0xC8, 0x3C, 0x4E);
    assertThat(BgapiCodec.encode(m)).isEqualTo(frame);
  }

  @Test
  void systemGoldenFrames() {
    assertThat(BgapiCodec.encode(new SystemMessages.Hello())).isEqualTo(hex("00 00 00 01"));
    assertThat(BgapiCodec.encode(new SystemMessages.Reset(0))).isEqualTo(hex("00 01 00 00 00"));
    byte[] addr = hex("00 06 00 02 15 13 0b d2 02 61");
    assertThat(decodeFrame(MessageKind.RESPONSE, addr))
        .isEqualTo(new SystemMessages.AddressGetResponse(BleAddress.parse("61:02:D2:0B:13:15")));
    byte[] boot = hex("80 0c 00 00 01 00 03 00 02 00 7b 00 03 00 01 02");
    var ev = new SystemMessages.BootEvent(1, 3, 2, 123, 3, 1, 2);
    assertThat(decodeFrame(MessageKind.EVENT, boot)).isEqualTo(ev);
    assertThat(BgapiCodec.encode(ev)).isEqualTo(boot);
  }

  @Test
  void connectionGoldenFrames() {
    assertThat(BgapiCodec.encode(new ConnectionMessages.Update(0, 6, 12, 0, 400)))
        .isEqualTo(hex("00 09 03 02 00 06 00 0c 00 00 00 90 01"));
    byte[] rsp = hex("00 03 03 00 00 86 01");
    assertThat(decodeFrame(MessageKind.RESPONSE, rsp))
        .isEqualTo(new ConnectionMessages.DisconnectResponse(0, BgapiErrors.NOT_CONNECTED));
    byte[] status = hex("80 10 03 00 00 05 15 13 0b d2 02 61 01 06 00 90 01 00 00 ff");
    var ev =
        new ConnectionMessages.StatusEvent(
            0, 5, BleAddress.parse("61:02:D2:0B:13:15"), 1, 6, 400, 0, 0xFF);
    assertThat(decodeFrame(MessageKind.EVENT, status)).isEqualTo(ev);
    assertThat(BgapiCodec.encode(ev)).isEqualTo(status);
  }

  @Test
  void attclientGoldenFrames() {
    assertThat(
            BgapiCodec.encode(
                new AttclientMessages.ReadByGroupType(0, 1, 0xFFFF, new byte[] {0x00, 0x28})))
        .isEqualTo(hex("00 08 04 01 00 01 00 ff ff 02 00 28"));
    assertThat(decodeFrame(MessageKind.RESPONSE, hex("00 03 04 05 01 05 04")))
        .isEqualTo(new AttclientMessages.AttributeWriteResponse(1, 0x0405));
    byte[] notify = hex("80 07 04 05 00 0e 00 01 02 34 12");
    var ev = new AttclientMessages.AttributeValueEvent(0, 14, 1, new byte[] {0x34, 0x12});
    assertThat(decodeFrame(MessageKind.EVENT, notify)).isEqualTo(ev);
    assertThat(BgapiCodec.encode(ev)).isEqualTo(notify);
  }

  @Test
  void smGoldenFrames() {
    assertThat(BgapiCodec.encode(new SmMessages.PasskeyEntry(0, 123456)))
        .isEqualTo(hex("00 05 05 04 00 40 e2 01 00"));
    assertThat(decodeFrame(MessageKind.RESPONSE, hex("00 00 05 01")))
        .isEqualTo(new SmMessages.SetBondableModeResponse());
    byte[] display = hex("80 05 05 02 00 3f 42 0f 00");
    assertThat(decodeFrame(MessageKind.EVENT, display))
        .isEqualTo(new SmMessages.PasskeyDisplayEvent(0, 999_999));
  }

  @Test
  void gapGoldenFrames() {
    byte[] connect = hex("00 0f 06 03 15 13 0b d2 02 61 01 06 00 0c 00 64 00 00 00");
    assertThat(
            BgapiCodec.encode(
                new GapMessages.ConnectDirect(
                    BleAddress.parse("61:02:D2:0B:13:15"), 1, 6, 12, 100, 0)))
        .isEqualTo(connect);
    assertThat(decodeFrame(MessageKind.RESPONSE, hex("00 03 06 03 00 00 02")))
        .isEqualTo(new GapMessages.ConnectDirectResponse(0, 2));
    assertThat(decodeFrame(MessageKind.RESPONSE, hex("00 02 06 04 81 01")))
        .isEqualTo(new GapMessages.EndProcedureResponse(BgapiErrors.WRONG_STATE));
  }
}
