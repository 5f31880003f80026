package io.gattscope.ble.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.Uuids;
import io.gattscope.bytes.HexText;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

/** Writes snapshots as the indented JSON {@link SnapshotReader} reads. */
public final class SnapshotWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SnapshotWriter() {}

  /**
   * The JSON text of a snapshot.
   *
   * @param s the snapshot
   * @return indented JSON ending with a line break
   */
  public static String toJson(Snapshot s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", Snapshot.SCHEMA_VERSION);
    root.put("address", s.address().toString());
    root.put("addressType", Names.of(s.addressType()));
    root.put("name", s.name());
    ObjectNode adv = root.putObject("advertising");
    adv.put("packetType", Names.of(s.advertising().packetType()));
    adv.put("intervalMillis", s.advertising().intervalMillis());
    adv.put("rssi", s.advertising().rssi());
    adv.put("data", HexText.lower(s.advertising().data()));
    if (s.advertising().scanResponse() != null) {
      adv.put("scanResponse", HexText.lower(s.advertising().scanResponse()));
    }
    if (s.connection() != null) {
      ObjectNode c = root.putObject("connection");
      c.put("intervalMillis", s.connection().intervalMillis());
      c.put("latency", s.connection().latency());
      c.put("supervisionTimeoutMillis", s.connection().supervisionTimeoutMillis());
    }
    ArrayNode services = root.putArray("services");
    for (SnapshotService svc : s.services()) {
      ObjectNode o = services.addObject();
      o.put("uuid", uuid(svc.uuid()));
      o.put("handle", svc.handle());
      o.put("endHandle", svc.endHandle());
      ArrayNode chars = o.putArray("characteristics");
      for (SnapshotCharacteristic c : svc.characteristics()) {
        characteristic(chars.addObject(), c);
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void characteristic(ObjectNode o, SnapshotCharacteristic c) {
    o.put("uuid", uuid(c.uuid()));
    o.put("declarationHandle", c.declarationHandle());
    o.put("valueHandle", c.valueHandle());
    ArrayNode props = o.putArray("properties");
    for (CharacteristicProperty p : CharacteristicProperty.fromBits(c.properties())) {
      props.add(Names.of(p));
    }
    captured(o, c.value());
    ArrayNode ds = o.putArray("descriptors");
    for (SnapshotDescriptor d : c.descriptors()) {
      ObjectNode n = ds.addObject();
      n.put("uuid", uuid(d.uuid()));
      n.put("handle", d.handle());
      captured(n, d.value());
    }
    if (c.generator() != null) {
      o.put("generator", c.generator());
    }
    Recording r = c.recording();
    if (r != null) {
      ObjectNode rec = o.putObject("recording");
      rec.put("indicate", r.indicate());
      rec.put("durationMillis", r.durationMillis());
      ArrayNode samples = rec.putArray("samples");
      for (Recording.Sample sample : r.samples()) {
        ObjectNode n = samples.addObject();
        n.put("atMillis", sample.atMillis());
        n.put("value", HexText.lower(sample.value()));
      }
    }
  }

  private static void captured(ObjectNode o, CapturedValue v) {
    if (v.present()) {
      o.put("value", HexText.lower(v.bytes()));
    } else if (v.attError() != 0) {
      o.put("error", String.format(Locale.ROOT, "0x%02X", v.attError()));
    }
  }

  private static String uuid(UUID u) {
    String f = Uuids.format(u);
    return f.startsWith("0x") ? f.substring(2).toLowerCase(Locale.ROOT) : f;
  }
}
