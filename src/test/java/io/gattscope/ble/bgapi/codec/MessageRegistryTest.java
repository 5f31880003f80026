package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRegistryTest {

  @Test
  void noKeyIsUsedByTwoRecordsAndEveryRecordIsRegistered() {
    Map<MessageKey, Class<?>> seen = new HashMap<>();
    for (Class<?> c : SampleMessages.recordClasses()) {
      MessageKey key = SampleMessages.keyOf(c);
      Class<?> other = seen.put(key, c);
      assertThat(other).as("%s used by %s and %s", key, other, c).isNull();
      assertThat(MessageRegistry.isKnown(key)).as(c.getName()).isTrue();
      assertThat(MessageRegistry.decode(key, SampleMessages.payloadOf(SampleMessages.sample(c, 1))))
          .isInstanceOf(c);
    }
    assertThat(MessageRegistry.keys()).hasSize(seen.size()).hasSize(70);
  }

  @Test
  void aSecondRegistrationOfTheSameKeyFails() {
    var t = new MessageTable();
    t.add(SystemMessages.Hello.KEY, "system_hello", 0, false, SystemMessages.Hello::read);
    assertThatThrownBy(
            () -> t.add(SystemMessages.Hello.KEY, "other", 0, false, SystemMessages.Hello::read))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("command(0,1)")
        .hasMessageContaining("system_hello")
        .hasMessageContaining("other");
  }

  @Test
  void unknownKeysDecodeToUnknownMessageWithThePayload() {
    byte[] payload = {1, 2, 3};
    BgapiMessage m = MessageRegistry.decode(MessageKind.EVENT, 9, 42, payload);
    assertThat(m).isEqualTo(new UnknownMessage(MessageKey.event(9, 42), new byte[] {1, 2, 3}));
    assertThat(MessageRegistry.isKnown(MessageKey.event(9, 42))).isFalse();
    assertThat(MessageRegistry.fixedLength(MessageKind.EVENT, 9, 42)).isEqualTo(-1);
    assertThat(BgapiCodec.encode(m)).containsExactly(0x80, 3, 9, 42, 1, 2, 3);
  }

  @Test
  void kindsAreKeptApart() {
    assertThat(MessageRegistry.decode(MessageKind.COMMAND, 0, 0, new byte[] {1}))
        .isEqualTo(new SystemMessages.Reset(1));
    assertThat(MessageRegistry.decode(MessageKind.RESPONSE, 0, 0, new byte[] {1}))
        .isInstanceOf(UnknownMessage.class);
    assertThat(MessageRegistry.isKnown(MessageKind.EVENT, 0, 0)).isTrue();
  }

  @Test
  void aShortPayloadOfAKnownKeyNamesMessageFieldAndOffset() {
    assertThatThrownBy(
            () -> MessageRegistry.decode(AttclientMessages.ReadByHandle.KEY, new byte[] {1, 2}))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("attclient_read_by_handle")
        .hasMessageContaining("chrhandle")
        .hasMessageContaining("offset 1");
  }

  @Test
  void anOverrunningArrayLengthOrTrailingBytesAreMalformed() {
    assertThatThrownBy(
            () ->
                MessageRegistry.decode(
                    AttclientMessages.AttributeValueEvent.KEY, new byte[] {0, 1, 0, 1, 5, 9, 9}))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("value")
        .hasMessageContaining("declares 5 bytes but only 2 remain");
    assertThatThrownBy(
            () -> MessageRegistry.decode(SystemMessages.HelloResponse.KEY, new byte[] {0}))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("1 unexpected trailing byte");
  }

  @Test
  void shapesDescribeFixedAndTrailingArrayPayloads() {
    assertThat(MessageRegistry.shape(GapMessages.ScanResponseEvent.KEY))
        .contains(new PayloadShape(10, true));
    assertThat(MessageRegistry.shape(SystemMessages.GetInfoResponse.KEY))
        .contains(new PayloadShape(12, false));
    assertThat(new PayloadShape(10, true).accepts(10)).isFalse();
    assertThat(new PayloadShape(10, true).accepts(11)).isTrue();
    assertThat(new PayloadShape(10, true).accepts(266)).isTrue();
    assertThat(new PayloadShape(10, true).accepts(267)).isFalse();
    assertThat(MessageRegistry.endsWithArray(MessageKind.EVENT, 6, 0)).isTrue();
    assertThat(MessageRegistry.fixedLength(MessageKind.EVENT, 6, 0)).isEqualTo(10);
  }
}
