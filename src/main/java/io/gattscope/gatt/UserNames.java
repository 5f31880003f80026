package io.gattscope.gatt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own names for vendor UUIDs and companies, read from a small JSON file.
 *
 * <p>Format (every section optional; UUID keys as {@code 2a37}, {@code 0x2A37} or a full 128-bit
 * UUID; company keys decimal or {@code 0x}-hex):
 *
 * <pre>{@code
 * {
 *   "services":        {"6e400001-b5a3-f393-e0a9-e50e24dcca9e": "My UART"},
 *   "characteristics": {"6e400002-b5a3-f393-e0a9-e50e24dcca9e": "UART RX"},
 *   "descriptors":     {"0x2901": "Label"},
 *   "companies":       {"0xFFFF": "Test company"}
 * }
 * }</pre>
 *
 * @param services service names
 * @param characteristics characteristic names
 * @param descriptors descriptor names
 * @param companies company names by 16-bit company id
 * @param problem what was wrong with the file, if anything
 */
public record UserNames(
    Map<UUID, String> services,
    Map<UUID, String> characteristics,
    Map<UUID, String> descriptors,
    Map<Integer, String> companies,
    Optional<String> problem) {
  private static final Logger LOG = LoggerFactory.getLogger(UserNames.class);
  private static final Set<String> SECTIONS =
      Set.of("services", "characteristics", "descriptors", "companies");

  /** No user names. */
  public static final UserNames EMPTY =
      new UserNames(Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty());

  /**
   * Copies the maps, so later changes to the caller's maps do not show here.
   *
   * @param services service names by UUID; not {@code null}
   * @param characteristics characteristic names by UUID; not {@code null}
   * @param descriptors descriptor names by UUID; not {@code null}
   * @param companies company names by 16-bit company id; not {@code null}
   * @param problem what was wrong with the file the names came from, or empty
   * @throws NullPointerException if a map is {@code null} or holds a {@code null} key or name
   */
  public UserNames {
    services = Map.copyOf(services);
    characteristics = Map.copyOf(characteristics);
    descriptors = Map.copyOf(descriptors);
    companies = Map.copyOf(companies);
  }

  /**
   * The default file: {@code $XDG_CONFIG_HOME/gattscope/names.json}, else {@code
   * ~/.config/gattscope/names.json}.
   *
   * @return the path (which may not exist yet), or empty if neither variable nor {@code user.home}
   *     is set
   */
  public static Optional<Path> defaultFile() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "gattscope", "names.json"));
    }
    String home = System.getProperty("user.home");
    return home == null
        ? Optional.empty()
        : Optional.of(Path.of(home, ".config", "gattscope", "names.json"));
  }

  /** What a user name belongs to. */
  public enum Kind {
    /** A GATT service UUID. */
    SERVICE,
    /** A GATT characteristic UUID. */
    CHARACTERISTIC,
    /** A GATT descriptor UUID. */
    DESCRIPTOR
  }

  /**
   * These names with {@code uuid} of {@code kind} named {@code name} (a blank name removes it).
   *
   * @param kind which table the name goes into
   * @param uuid the UUID being named
   * @param name the new name, stripped of outer blanks; {@code null} or blank removes the entry
   * @return a new instance without a recorded problem; this one is unchanged
   */
  public UserNames with(Kind kind, UUID uuid, String name) {
    Map<UUID, String> s = new HashMap<>(services);
    Map<UUID, String> c = new HashMap<>(characteristics);
    Map<UUID, String> d = new HashMap<>(descriptors);
    Map<UUID, String> target = kind == Kind.SERVICE ? s : kind == Kind.CHARACTERISTIC ? c : d;
    if (name == null || name.isBlank()) {
      target.remove(uuid);
    } else {
      target.put(uuid, name.strip());
    }
    return new UserNames(s, c, d, companies, Optional.empty());
  }

  /**
   * Writes the names in the documented format (sorted, indented), creating the directory.
   *
   * @param file the JSON file to create or overwrite
   * @throws IOException if the directory cannot be created or the file cannot be written
   */
  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    var root = json.createObjectNode();
    var sections = new LinkedHashMap<String, Map<UUID, String>>();
    sections.put("services", services);
    sections.put("characteristics", characteristics);
    sections.put("descriptors", descriptors);
    sections.forEach(
        (title, names) -> {
          var node = root.putObject(title);
          new TreeMap<>(names).forEach((k, v) -> node.put(k.toString(), v));
        });
    var comp = root.putObject("companies");
    new TreeMap<>(companies)
        .forEach((k, v) -> comp.put(String.format(Locale.ROOT, "0x%04X", k), v));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  /**
   * Reads a names file; a missing file gives no names, a malformed one logs a warning and keeps
   * whatever entries were valid.
   *
   * @param file the JSON names file; it need not exist
   * @return the valid names from the file, with {@link #problem()} set if anything was skipped;
   *     never {@code null}
   */
  public static UserNames read(Path file) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    JsonNode root;
    try {
      root = Parser.readTree(file);
    } catch (IOException e) {
      return failed(file, e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return failed(file, "the top level must be a JSON object with sections " + SECTIONS);
    }
    List<String> problems = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            k -> {
              if (!SECTIONS.contains(k)) {
                problems.add("unknown section '" + k + "' (expected one of " + SECTIONS + ")");
              }
            });
    var services = section(root, "services", Uuids::parse, problems);
    var characteristics = section(root, "characteristics", Uuids::parse, problems);
    var descriptors = section(root, "descriptors", Uuids::parse, problems);
    var companies = section(root, "companies", UserNames::parseCompany, problems);
    Optional<String> problem = Optional.empty();
    if (!problems.isEmpty()) {
      String text = String.join("; ", problems);
      LOG.warn("User names file {}: {}; the other names are used", file, text);
      problem = Optional.of(file + ": " + text);
    }
    return new UserNames(services, characteristics, descriptors, companies, problem);
  }

  private static UserNames failed(Path file, String why) {
    LOG.warn("Ignoring user names file {}: {}; built-in names still apply", file, why);
    return new UserNames(Map.of(), Map.of(), Map.of(), Map.of(), Optional.of(file + ": " + why));
  }

  private static <K> Map<K, String> section(
      JsonNode root, String name, Function<String, K> key, List<String> problems) {
    JsonNode node = root.get(name);
    Map<K, String> out = new HashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      problems.add("'" + name + "' must be an object of \"key\": \"name\"");
      return out;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(name + "." + e.getKey() + ": the name must be a non-empty string");
                return;
              }
              try {
                out.put(key.apply(e.getKey()), e.getValue().asText());
              } catch (IllegalArgumentException ex) {
                problems.add(name + ": " + ex.getMessage());
              }
            });
    return out;
  }

  private static Integer parseCompany(String text) {
    String s = text.trim();
    try {
      int v =
          s.startsWith("0x") || s.startsWith("0X")
              ? Integer.parseInt(s.substring(2), 16)
              : Integer.parseInt(s);
      if (v < 0 || v > 0xFFFF) {
        throw new IllegalArgumentException("company id '" + text + "' is out of range (0..65535)");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "company id '" + text + "' is not a number (use decimal or 0x-hex)", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Parses the file with Jackson; a class apart, so that loading {@link UserNames} (as every name
   * lookup does) loads no JSON library when there is no file to read.
   */
  private static final class Parser {
    static JsonNode readTree(Path file) throws IOException {
      try {
        return new ObjectMapper().readTree(file.toFile());
      } catch (JsonProcessingException e) {
        throw new IOException("not valid JSON: " + firstLine(e.getOriginalMessage()), e);
      } catch (IOException e) {
        throw new IOException("cannot be read: " + e, e);
      }
    }
  }
}
