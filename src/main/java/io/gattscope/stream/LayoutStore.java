package io.gattscope.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Saves payload layouts per characteristic UUID in a small JSON file, written atomically (a temp
 * file in the same directory, then a move), e.g. {@code {"version":1,"layouts":{"<uuid>":"<6h"}}}.
 */
public final class LayoutStore {
  private static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  /**
   * A store backed by {@code file} (created on the first save, with its directories).
   *
   * @param file the JSON file; it need not exist yet
   * @throws NullPointerException if {@code file} is {@code null}
   */
  public LayoutStore(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * {@code ~/.config/gattscope/layouts.json}.
   *
   * @return the path under the user's home directory; the file may not exist
   */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".config", "gattscope", "layouts.json");
  }

  /**
   * The backing file.
   *
   * @return the path given to the constructor
   */
  public Path file() {
    return file;
  }

  /**
   * Reads every saved layout; an absent file is an empty store.
   *
   * @return an unmodifiable map sorted by UUID; empty if the file does not exist
   * @throws IOException when the file cannot be read, is not valid JSON, or holds a bad entry (the
   *     message names the file, the UUID and the reason)
   */
  public synchronized SortedMap<UUID, PayloadLayout> loadAll() throws IOException {
    SortedMap<UUID, PayloadLayout> layouts = new TreeMap<>();
    for (Map.Entry<UUID, String> e : readSpecs().entrySet()) {
      try {
        layouts.put(e.getKey(), PayloadLayout.parse(e.getValue()));
      } catch (LayoutSpecException ex) {
        throw new IOException(
            file + ": layout for " + e.getKey() + " is invalid: " + ex.getMessage(), ex);
      }
    }
    return Collections.unmodifiableSortedMap(layouts);
  }

  /**
   * The layout saved for {@code characteristic}, if any. Reads the whole file on every call.
   *
   * @param characteristic the characteristic's UUID
   * @return the saved layout, or empty
   * @throws IOException as {@link #loadAll()} does
   */
  public Optional<PayloadLayout> get(UUID characteristic) throws IOException {
    return Optional.ofNullable(loadAll().get(characteristic));
  }

  /**
   * Saves (or replaces) the layout of {@code characteristic}. The other layouts in the file are
   * kept; the file is replaced atomically where the file system allows.
   *
   * @param characteristic the characteristic's UUID
   * @param layout the layout, saved as its {@link PayloadLayout#toSpec()} text
   * @throws NullPointerException if either argument is {@code null}
   * @throws IOException if the file cannot be read as a layout file or cannot be written; the file
   *     is then unchanged
   */
  public synchronized void put(UUID characteristic, PayloadLayout layout) throws IOException {
    Objects.requireNonNull(characteristic, "characteristic");
    Objects.requireNonNull(layout, "layout");
    SortedMap<UUID, String> specs = readSpecs();
    specs.put(characteristic, layout.toSpec());
    write(specs);
  }

  /**
   * Deletes the layout of {@code characteristic}; returns whether one was saved.
   *
   * @param characteristic the characteristic's UUID
   * @return {@code true} if a layout was saved and is now deleted
   * @throws IOException if the file cannot be read as a layout file or cannot be written
   */
  public synchronized boolean remove(UUID characteristic) throws IOException {
    SortedMap<UUID, String> specs = readSpecs();
    if (specs.remove(characteristic) == null) {
      return false;
    }
    write(specs);
    return true;
  }

  private SortedMap<UUID, String> readSpecs() throws IOException {
    SortedMap<UUID, String> specs = new TreeMap<>();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return specs;
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode layouts = root == null ? null : root.get("layouts");
    if (layouts == null || !layouts.isObject()) {
      throw new IOException(file + " has no \"layouts\" object");
    }
    for (Map.Entry<String, JsonNode> e : layouts.properties()) {
      UUID uuid;
      try {
        uuid = Uuids.parse(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new IOException(file + ": key " + ex.getMessage(), ex);
      }
      if (!e.getValue().isTextual()) {
        throw new IOException(file + ": layout for " + e.getKey() + " must be a string");
      }
      specs.put(uuid, e.getValue().asText());
    }
    return specs;
  }

  private void write(SortedMap<UUID, String> specs) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode layouts = root.putObject("layouts");
    specs.forEach((uuid, spec) -> layouts.put(uuid.toString(), spec));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
