package io.gattscope.ble.snapshot;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads snapshot files strictly: every field checked for presence, type and range, unknown fields
 * and duplicate handles refused, each problem reported with its JSON path.
 */
public final class SnapshotReader {
  private static final int MAX_VALUE = 512;

  /** A generator reference: a built-in device's short name, a slash and a characteristic UUID. */
  private static final String GENERATOR_NAME = "[a-z][a-z0-9-]*/[0-9a-f]{4}([0-9a-f-]{32})?";

  private static final String ADVERTISE_ONLY =
      "a device that advertises without accepting connections (packetType non-connectable or"
          + " discoverable) has ";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Map<Integer, String> handles = new HashMap<>();
  private int lastHandle;

  private SnapshotReader() {}

  /**
   * Reads a snapshot file.
   *
   * @param file the JSON file
   * @return the snapshot it describes
   * @throws IOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a valid snapshot, naming where
   */
  public static Snapshot read(Path file) throws IOException, SnapshotFormatException {
    return parse(Files.readString(file));
  }

  /**
   * Parses a snapshot from JSON text.
   *
   * @param json the document
   * @return the snapshot it describes
   * @throws SnapshotFormatException when it is not a valid snapshot, naming where
   */
  public static Snapshot parse(String json) throws SnapshotFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonParseException e) {
      throw new SnapshotFormatException("$", "not JSON: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException("$", "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new SnapshotFormatException("$", "empty document");
    }
    return new SnapshotReader().snapshot(new Node(root, "$"));
  }

  private Snapshot snapshot(Node n) throws SnapshotFormatException {
    n.object(
        Set.of(
            "schemaVersion",
            "address",
            "addressType",
            "name",
            "advertising",
            "connection",
            "services"));
    long version = n.get("schemaVersion").integer(0, Integer.MAX_VALUE);
    if (version != Snapshot.SCHEMA_VERSION) {
      throw n.get("schemaVersion")
          .error(
              "unsupported version " + version + "; this build reads " + Snapshot.SCHEMA_VERSION);
    }
    BleAddress address;
    try {
      address = BleAddress.parse(n.text("address"));
    } catch (IllegalArgumentException e) {
      throw n.get("address").error(e.getMessage());
    }
    AddressType type = Names.addressType(n, "addressType");
    String name = n.text("name");
    SnapshotAdvertising adv = advertising(n.get("advertising"));
    boolean connectable = adv.packetType() == Advertisement.PacketType.CONNECTABLE;
    SnapshotConnection conn = n.has("connection") ? connection(n.get("connection")) : null;
    if (conn != null && !connectable) {
      throw n.get("connection").error(ADVERTISE_ONLY + "no connection parameters");
    }
    List<SnapshotService> services = new ArrayList<>();
    if (connectable || n.has("services")) {
      for (Node s : n.array("services")) {
        services.add(service(s));
      }
    }
    if (!services.isEmpty() && !connectable) {
      throw n.get("services").error(ADVERTISE_ONLY + "no GATT table; give [] or leave it out");
    }
    return new Snapshot(address, type, name, adv, conn, services);
  }

  private static SnapshotAdvertising advertising(Node n) throws SnapshotFormatException {
    n.object(Set.of("packetType", "intervalMillis", "rssi", "data", "scanResponse"));
    return new SnapshotAdvertising(
        Names.packetType(n, "packetType"),
        (int) n.integer("intervalMillis", 20, 10240),
        (int) n.integer("rssi", -127, 20),
        n.hex("data", 31),
        n.has("scanResponse") ? n.hex("scanResponse", 31) : null);
  }

  private static SnapshotConnection connection(Node n) throws SnapshotFormatException {
    n.object(Set.of("intervalMillis", "latency", "supervisionTimeoutMillis"));
    return new SnapshotConnection(
        n.number("intervalMillis", 0, 10_000),
        (int) n.integer("latency", 0, 1000),
        n.integer("supervisionTimeoutMillis", 0, 100_000));
  }

  private SnapshotService service(Node n) throws SnapshotFormatException {
    n.object(Set.of("uuid", "handle", "endHandle", "characteristics"));
    UUID uuid = uuid(n, "uuid");
    int start = handle(n, "handle");
    int end = (int) n.integer("endHandle", start, 0xFFFF);
    List<SnapshotCharacteristic> chars = new ArrayList<>();
    for (Node c : n.array("characteristics")) {
      chars.add(characteristic(c, end));
    }
    if (lastHandle > end) {
      throw n.get("endHandle")
          .error(String.format("0x%04X ends before handle 0x%04X of the service", end, lastHandle));
    }
    lastHandle = end;
    return new SnapshotService(uuid, start, end, chars);
  }

  private SnapshotCharacteristic characteristic(Node n, int serviceEnd)
      throws SnapshotFormatException {
    n.object(
        Set.of(
            "uuid",
            "declarationHandle",
            "valueHandle",
            "properties",
            "value",
            "error",
            "descriptors",
            "recording",
            "generator"));
    UUID uuid = uuid(n, "uuid");
    int decl = handle(n, "declarationHandle");
    int valueHandle = handle(n, "valueHandle");
    if (valueHandle != decl + 1) {
      throw n.get("valueHandle")
          .error(String.format("must follow the declaration at 0x%04X", decl));
    }
    int props = 0;
    for (Node p : n.array("properties")) {
      props |= Names.property(p).mask();
    }
    CapturedValue value = captured(n);
    List<SnapshotDescriptor> descriptors = new ArrayList<>();
    if (n.has("descriptors")) {
      for (Node d : n.array("descriptors")) {
        descriptors.add(descriptor(d));
      }
    }
    if (lastHandle > serviceEnd) {
      throw n.error(String.format("handle 0x%04X lies past the service's end", lastHandle));
    }
    Recording recording = null;
    if (n.has("recording")) {
      recording = recording(n.get("recording"));
      int needed =
          recording.indicate()
              ? CharacteristicProperty.INDICATE.mask()
              : CharacteristicProperty.NOTIFY.mask();
      if ((props & needed) == 0) {
        throw n.get("recording")
            .error(
                "the characteristic has no "
                    + (recording.indicate() ? "indicate" : "notify")
                    + " property");
      }
      if (descriptors.stream().noneMatch(d -> d.uuid().equals(GattDescriptor.CCCD))) {
        throw n.get("recording").error("needs a 0x2902 descriptor (CCCD) to be subscribed");
      }
    }
    String generator = null;
    if (n.has("generator")) {
      generator = n.text("generator");
      if (!generator.matches(GENERATOR_NAME)) {
        throw n.get("generator")
            .error("expected a signal name like 'hrm/2a37', got '" + generator + "'");
      }
      if (recording != null) {
        throw n.get("generator").error("give a recording or a generator, not both");
      }
      if ((props & (CharacteristicProperty.NOTIFY.mask() | CharacteristicProperty.INDICATE.mask()))
          == 0) {
        throw n.get("generator").error("the characteristic has no notify or indicate property");
      }
      if (descriptors.stream().noneMatch(d -> d.uuid().equals(GattDescriptor.CCCD))) {
        throw n.get("generator").error("needs a 0x2902 descriptor (CCCD) to be subscribed");
      }
    }
    return new SnapshotCharacteristic(uuid, decl, props, value, descriptors, recording, generator);
  }

  private SnapshotDescriptor descriptor(Node n) throws SnapshotFormatException {
    n.object(Set.of("uuid", "handle", "value", "error"));
    UUID uuid = uuid(n, "uuid");
    int h = handle(n, "handle");
    return new SnapshotDescriptor(uuid, h, captured(n));
  }

  private static CapturedValue captured(Node n) throws SnapshotFormatException {
    if (n.has("value") && n.has("error")) {
      throw n.get("error").error("give a value or an error, not both");
    }
    if (n.has("value")) {
      return CapturedValue.of(n.hex("value", MAX_VALUE));
    }
    if (n.has("error")) {
      String s = n.text("error");
      if (!s.matches("0x[0-9A-Fa-f]{2}") || Integer.parseInt(s.substring(2), 16) == 0) {
        throw n.get("error").error("expected an ATT error code 0x01..0xFF, got '" + s + "'");
      }
      return CapturedValue.error(Integer.parseInt(s.substring(2), 16));
    }
    return CapturedValue.NONE;
  }

  private static Recording recording(Node n) throws SnapshotFormatException {
    n.object(Set.of("indicate", "durationMillis", "samples"));
    boolean indicate = n.bool("indicate");
    long duration = n.integer("durationMillis", 1, 86_400_000L);
    List<Recording.Sample> samples = new ArrayList<>();
    long last = 0;
    for (Node s : n.array("samples")) {
      s.object(Set.of("atMillis", "value"));
      long at = s.integer("atMillis", last, duration);
      samples.add(new Recording.Sample(at, s.hex("value", MAX_VALUE)));
      last = at;
    }
    if (samples.isEmpty()) {
      throw n.get("samples").error("needs at least one sample");
    }
    return new Recording(indicate, duration, samples);
  }

  private static UUID uuid(Node n, String field) throws SnapshotFormatException {
    try {
      return Uuids.parse(n.text(field));
    } catch (IllegalArgumentException e) {
      throw n.get(field).error(e.getMessage());
    }
  }

  /** Reads a handle, refusing one seen before and one not after the previous handle. */
  private int handle(Node n, String field) throws SnapshotFormatException {
    Node h = n.get(field);
    int v = (int) h.integer(1, 0xFFFF);
    String earlier = handles.putIfAbsent(v, h.path());
    if (earlier != null) {
      throw h.error(String.format("duplicate handle 0x%04X, already used at %s", v, earlier));
    }
    if (v <= lastHandle) {
      throw h.error(
          String.format("handle 0x%04X must come after 0x%04X (handles in order)", v, lastHandle));
    }
    lastHandle = v;
    return v;
  }
}
