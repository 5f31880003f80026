package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import org.junit.jupiter.api.Test;

class PayloadReaderWriterTest {

  @Test
  void everyFieldTypeRoundTripsLittleEndianAtItsExtremes() {
    var w = new PayloadWriter(1);
    w.u8(255).i8(-128).u16(0xFFFF).i16(-32768).u32(0xFFFF_FFFFL);
    w.address(BleAddress.parse("61:02:D2:0B:13:15")).bytes(new byte[] {9, 8});
    w.u16(0x1234).i8(127);
    byte[] b = w.toByteArray();
    assertThat(b)
        .containsExactly(
            0xFF, 0x80, 0xFF, 0xFF, 0x00, 0x80, 0xFF, 0xFF, 0xFF, 0xFF, 0x15, 0x13, 0x0B, 0xD2,
            0x02, 0x61, 0x02, 9, 8, 0x34, 0x12, 0x7F);

    var r = new PayloadReader(b);
    assertThat(r.u8()).isEqualTo(255);
    assertThat(r.i8()).isEqualTo(-128);
    assertThat(r.u16()).isEqualTo(0xFFFF);
    assertThat(r.i16()).isEqualTo(-32768);
    assertThat(r.u32()).isEqualTo(0xFFFF_FFFFL);
    assertThat(r.address()).isEqualTo(BleAddress.parse("61:02:D2:0B:13:15"));
    assertThat(r.bytes()).containsExactly(9, 8);
    assertThat(r.u16()).isEqualTo(0x1234);
    assertThat(r.remaining()).isEqualTo(1);
    assertThat(r.i8()).isEqualTo(127);
    assertThat(r.remaining()).isZero();
  }

  @Test
  void bytesReturnsACopy() {
    byte[] src = {2, 5, 6};
    byte[] got = new PayloadReader(src).bytes();
    src[1] = 0;
    assertThat(got).containsExactly(5, 6);
  }

  @Test
  void aShortPayloadNamesFieldAndOffset() {
    var r = new PayloadReader(new byte[] {1, 2, 3});
    r.u16("first");
    assertThatThrownBy(() -> r.u32("passkey"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("'passkey'")
        .hasMessageContaining("offset 2")
        .hasMessageContaining("only 1 byte");
    assertThatThrownBy(() -> new PayloadReader(new byte[] {4, 1}).bytes("data"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("'data'")
        .hasMessageContaining("declares 4 bytes but only 1 remain");
    assertThatThrownBy(() -> new PayloadReader(new byte[0]).address())
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("bd_addr");
  }

  @Test
  void outOfRangeValuesAreRejectedNamingTheField() {
    var w = new PayloadWriter();
    assertThatThrownBy(() -> w.u8("connection", 256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'connection'")
        .hasMessageContaining("0..255");
    assertThatThrownBy(() -> w.i8(128)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.u16(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.i16(40000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.u32(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.bytes("value", new byte[256]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 255");
    assertThatThrownBy(() -> w.address(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(w.size()).isZero();
  }

  @Test
  void messageRecordsRejectOutOfRangeComponentsWhenCreated() {
    assertThatThrownBy(() -> new AttclientMessages.ReadByHandle(256, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'connection'");
    assertThatThrownBy(() -> new AttclientMessages.AttributeWrite(0, 3, new byte[300]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'data'");
    assertThatThrownBy(() -> new GapMessages.ScanResponseEvent(-129, 0, null, 0, 0, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rssi'");
    assertThatThrownBy(() -> new SmMessages.PasskeyEntry(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'passkey'");
    assertThatThrownBy(() -> MessageKey.event(256, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsWithArraysCompareByContent() {
    var a = new AttclientMessages.AttributeValueEvent(1, 2, 1, new byte[] {1, 2});
    var b = new AttclientMessages.AttributeValueEvent(1, 2, 1, new byte[] {1, 2});
    var c = new AttclientMessages.AttributeValueEvent(1, 2, 1, new byte[] {1, 3});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.toString()).contains("value=0102").contains("atthandle=2");
  }
}
