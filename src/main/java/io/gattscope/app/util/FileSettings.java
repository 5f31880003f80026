package io.gattscope.app.util;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * Settings kept in a human-readable JSON file ({@code settings.json} in {@link ConfigDir}) with a
 * schema version; a file that cannot be read is set aside as {@code settings.json.corrupt-<time>}
 * and reported through {@link #problem()}, and the application starts with defaults.
 */
public final class FileSettings implements Settings {
  /** The version of the file's layout this build writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path file;
  private final Map<String, String> values = new TreeMap<>();
  private String problem;

  private FileSettings(Path file) {
    this.file = file;
  }

  /** The user's settings file. */
  public static FileSettings user() {
    return load(ConfigDir.user().resolve("settings.json"), Clock.systemUTC());
  }

  /** Reads {@code file} (absent means defaults), setting a corrupt one aside. */
  public static FileSettings load(Path file, Clock clock) {
    FileSettings s = new FileSettings(file);
    if (!Files.exists(file)) {
      return s;
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new IOException("not a JSON object");
      }
      JsonNode version = root.get("schemaVersion");
      if (version == null || !version.isInt()) {
        throw new IOException("no schemaVersion number");
      }
      if (version.asInt() > SCHEMA_VERSION) {
        throw new IOException(
            "schema version " + version.asInt() + " is newer than this build's " + SCHEMA_VERSION);
      }
      JsonNode settings = root.get("settings");
      if (settings == null || !settings.isObject()) {
        throw new IOException("no \"settings\" object");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = settings.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isValueNode()) {
          throw new IOException("setting " + e.getKey() + " is not a plain value");
        }
        s.values.put(e.getKey(), e.getValue().asText());
      }
    } catch (IOException | RuntimeException e) {
      s.values.clear();
      s.setAside(clock, e);
    }
    return s;
  }

  private void setAside(Clock clock, Exception cause) {
    Path aside =
        file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
    try {
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      problem =
          "Settings file "
              + file
              + " could not be read ("
              + ErrorText.of(cause)
              + "); it was moved to "
              + aside.getFileName()
              + " and defaults are used";
    } catch (IOException e) {
      problem =
          "Settings file "
              + file
              + " could not be read ("
              + ErrorText.of(cause)
              + ") nor set aside ("
              + ErrorText.of(e)
              + "); defaults are used";
    }
  }

  /** Why the file was set aside at start, if it was. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The file these settings live in. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  @Override
  public synchronized void put(String key, String value) {
    if (value.equals(values.put(key, value))) {
      return;
    }
    save();
  }

  private void save() {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode settings = root.putObject("settings");
    values.forEach(settings::put);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LoggerFactory.getLogger(FileSettings.class).warn("could not save settings to {}", file, e);
    }
  }
}
