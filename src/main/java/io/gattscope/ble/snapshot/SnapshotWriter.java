package io.gattscope.ble.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.Uuids;
import io.gattscope.bytes.HexText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  /**
   * Writes a snapshot file, never through a symbolic link: without {@code replace} only a new file
   * is created; with it an existing regular file is replaced.
   *
   * @param file the file to write
   * @param s the snapshot
   * @param replace whether an existing file may be replaced (the user agreed)
   * @throws FileAlreadyExistsException when the file exists and {@code replace} is false
   * @throws IOException when the file is a symbolic link (with a message saying so) or cannot be
   *     written
   */
  public static void write(Path file, Snapshot s, boolean replace) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new IOException(
          file + " is a symbolic link; give the real path (links are never followed)");
    }
    OpenOption[] options =
        replace
            ? new OpenOption[] {
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS
            }
            : new OpenOption[] {
              StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS
            };
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, options)) {
      w.write(toJson(s));
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(file)) {
        throw new IOException(
            file + " is a symbolic link; give the real path (links are never followed)", e);
      }
      throw e;
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
