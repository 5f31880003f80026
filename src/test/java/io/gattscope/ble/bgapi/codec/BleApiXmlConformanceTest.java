package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleAddress;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks every registered message record against bleapi.xml, the authority for BGAPI layouts. */
class BleApiXmlConformanceTest {
  private static BleApiXml xml;

  @BeforeAll
  static void load() throws Exception {
    xml = BleApiXml.load();
  }

  @Test
  void everyRegisteredMessageMatchesItsXmlDefinitionFieldByField() throws Exception {
    for (MessageKey key : MessageRegistry.keys()) {
      BleApiXml.Definition def = xml.find(key);
      assertThat(def).as("%s is not defined in %s", key, xml.source).isNotNull();
      String where = key + " " + def.className() + "_" + def.messageName();

      assertThat(MessageRegistry.name(key))
          .as(where)
          .contains(def.className() + "_" + def.messageName());

      var payload = new ByteArrayOutputStream();
      var expected = new ArrayList<Object>();
      int fixed = 0;
      for (int i = 0; i < def.params().size(); i++) {
        BleApiXml.Param p = def.params().get(i);
        expected.add(writeDistinctive(p.type(), i, payload));
        if (!p.type().equals("uint8array")) {
          fixed += size(p.type());
        } else {
          assertThat(i).as(where + ": uint8array must be last").isEqualTo(def.params().size() - 1);
        }
      }
      boolean endsWithArray =
          !def.params().isEmpty()
              && def.params().get(def.params().size() - 1).type().equals("uint8array");
      assertThat(MessageRegistry.shape(key))
          .as(where + " shape")
          .contains(new PayloadShape(fixed, endsWithArray));

      byte[] bytes = payload.toByteArray();
      BgapiMessage m = MessageRegistry.decode(key, bytes);
      String suffix =
          switch (key.kind()) {
            case COMMAND -> "";
            case RESPONSE -> "Response";
            case EVENT -> "Event";
          };
      assertThat(m.getClass().getSimpleName())
          .as(where)
          .isEqualTo(BleApiXml.camel(def.messageName(), true) + suffix);
      assertThat(m.getClass().getEnclosingClass().getSimpleName())
          .as(where)
          .isEqualTo(BleApiXml.camel(def.className(), true) + "Messages");
      assertThat(m.key()).as(where).isEqualTo(key);

      RecordComponent[] comps = m.getClass().getRecordComponents();
      assertThat(comps).as(where + " component count").hasSize(def.params().size());
      for (int i = 0; i < comps.length; i++) {
        BleApiXml.Param p = def.params().get(i);
        assertThat(comps[i].getName())
            .as(where + " component " + i)
            .isEqualTo(BleApiXml.camel(p.name(), false));
        assertThat(comps[i].getType()).as(where + " " + p.name()).isEqualTo(javaType(p.type()));
        Object actual = comps[i].getAccessor().invoke(m);
        assertThat(actual).as(where + " " + p.name()).isEqualTo(expected.get(i));
      }
      assertThat(BgapiCodec.encode(m))
          .as(where + " re-encoded")
          .isEqualTo(concat(header(key, bytes.length), bytes));
    }
  }

  @Test
  void everyMessageOfTheReadmeTablesIsRegistered() {
    var names = new TreeSet<String>();
    for (MessageKey k : MessageRegistry.keys()) {
      names.add(k.kind() + " " + MessageRegistry.name(k).orElseThrow());
    }
    List<String> commands =
        List.of(
            "system_reset",
            "system_hello",
            "system_address_get",
            "system_get_connections",
            "system_get_info",
            "connection_disconnect",
            "connection_get_rssi",
            "connection_update",
            "attclient_read_by_group_type",
            "attclient_read_by_type",
            "attclient_find_information",
            "attclient_read_by_handle",
            "attclient_attribute_write",
            "attclient_write_command",
            "attclient_indicate_confirm",
            "attclient_read_long",
            "attclient_prepare_write",
            "attclient_execute_write",
            "sm_encrypt_start",
            "sm_set_bondable_mode",
            "sm_delete_bonding",
            "sm_set_parameters",
            "sm_passkey_entry",
            "sm_get_bonds",
            "gap_set_mode",
            "gap_discover",
            "gap_connect_direct",
            "gap_end_procedure",
            "gap_set_scan_parameters");
    List<String> events =
        List.of(
            "system_boot",
            "connection_status",
            "connection_disconnected",
            "attclient_indicated",
            "attclient_procedure_completed",
            "attclient_group_found",
            "attclient_find_information_found",
            "attclient_attribute_value",
            "sm_bonding_fail",
            "sm_passkey_display",
            "sm_passkey_request",
            "sm_bond_status",
            "gap_scan_response");
    var expected = new TreeSet<String>();
    for (String c : commands) {
      expected.add("COMMAND " + c);
      if (!c.equals("system_reset")) {
        expected.add("RESPONSE " + c);
      }
    }
    events.forEach(e -> expected.add("EVENT " + e));
    assertThat(names).containsExactlyElementsOf(expected);
  }

  /** Writes a value whose bytes are distinct per field position and returns the decoded value. */
  private static Object writeDistinctive(String type, int i, ByteArrayOutputStream out) {
    int b = 0x81 + i * 0x13;
    switch (type) {
      case "uint8" -> {
        out.write(b);
        return b & 0xFF;
      }
      case "int8" -> {
        out.write(b);
        return (int) (byte) b;
      }
      case "uint16", "int16" -> {
        out.write(b);
        out.write(b + 1);
        int v = (b & 0xFF) | ((b + 1) & 0xFF) << 8;
        return type.equals("int16") ? (int) (short) v : v;
      }
      case "uint32" -> {
        long v = 0;
        for (int k = 0; k < 4; k++) {
          out.write(b + k);
          v |= ((long) ((b + k) & 0xFF)) << (8 * k);
        }
        return v;
      }
      case "bd_addr" -> {
        byte[] a = new byte[6];
        for (int k = 0; k < 6; k++) {
          a[k] = (byte) (b + k);
        }
        out.writeBytes(a);
        return BleAddress.fromLittleEndian(a, 0);
      }
      case "uint8array" -> {
        byte[] a = {(byte) b, (byte) (b + 1), (byte) (b + 2)};
        out.write(a.length);
        out.writeBytes(a);
        return ByteString.of(a);
      }
      default -> throw new AssertionError("type " + type + " not handled");
    }
  }

  private static int size(String type) {
    return switch (type) {
      case "uint8", "int8" -> 1;
      case "uint16", "int16" -> 2;
      case "uint32" -> 4;
      case "bd_addr" -> 6;
      default -> throw new AssertionError("no fixed size for " + type);
    };
  }

  private static Class<?> javaType(String type) {
    return switch (type) {
      case "uint8", "int8", "uint16", "int16" -> int.class;
      case "uint32" -> long.class;
      case "bd_addr" -> BleAddress.class;
      case "uint8array" -> ByteString.class;
      default -> throw new AssertionError("type " + type + " not handled");
    };
  }

  private static byte[] header(MessageKey key, int len) {
    return new byte[] {
      (byte) ((key.kind() == MessageKind.EVENT ? 0x80 : 0) | (len >> 8)),
      (byte) len,
      (byte) key.classId(),
      (byte) key.messageId()
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
