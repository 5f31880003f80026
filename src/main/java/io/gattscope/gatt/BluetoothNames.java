package io.gattscope.gatt;

import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names of Bluetooth services, characteristics, descriptors, companies and appearances, from the
 * bundled Bluetooth numbers database plus the user's own names file.
 */
public final class BluetoothNames {
  private static final Logger LOG = LoggerFactory.getLogger(BluetoothNames.class);
  private static final String DATA = "/data/bluetooth-numbers/";

  private final Map<UUID, String> services;
  private final Map<UUID, String> characteristics;
  private final Map<UUID, String> descriptors;
  private final Map<Integer, String> companies;
  private final Map<Integer, String> appearanceCategories;
  private final Map<Integer, String> appearanceSubcategories;
  private volatile UserNames userNames;
  private final long loadNanos;

  private BluetoothNames(Path userNamesFile) {
    long start = System.nanoTime();
    services = readUuidNames("service_uuids.json");
    characteristics = readUuidNames("characteristic_uuids.json");
    descriptors = readUuidNames("descriptor_uuids.json");
    companies = readCompanies();
    appearanceCategories = new HashMap<>();
    appearanceSubcategories = new HashMap<>();
    readAppearances();
    userNames = userNamesFile == null ? UserNames.EMPTY : UserNames.read(userNamesFile);
    loadNanos = System.nanoTime() - start;
    LOG.debug("Bluetooth names loaded in {} ms", loadNanos / 1_000_000);
  }

  private static final class Holder {
    static final BluetoothNames INSTANCE = new BluetoothNames(UserNames.defaultFile().orElse(null));
  }

  /**
   * The shared instance with the built-in names and the user's names file; loaded on first use.
   *
   * @return the process-wide instance; never {@code null}, safe to use from any thread
   */
  public static BluetoothNames get() {
    return Holder.INSTANCE;
  }

  /**
   * Loads a fresh instance using {@code userNamesFile} (may be {@code null} for none) as the user's
   * own names; a missing or malformed file leaves only the built-in names.
   *
   * @param userNamesFile the JSON names file to read, or {@code null} to use built-in names only
   * @return a new instance, independent of {@link #get()}
   */
  public static BluetoothNames load(Path userNamesFile) {
    return new BluetoothNames(userNamesFile);
  }

  /**
   * The name of a GATT service, user names first.
   *
   * @param uuid the service UUID, 16-bit ones in their full Bluetooth base form
   * @return the name, or empty if neither the user nor the database knows this UUID
   */
  public Optional<String> serviceName(UUID uuid) {
    return first(userNames.services().get(uuid), services.get(uuid));
  }

  /**
   * The name of a GATT characteristic, user names first.
   *
   * @param uuid the characteristic UUID, 16-bit ones in their full Bluetooth base form
   * @return the name, or empty if neither the user nor the database knows this UUID
   */
  public Optional<String> characteristicName(UUID uuid) {
    return first(userNames.characteristics().get(uuid), characteristics.get(uuid));
  }

  /**
   * The name of a GATT descriptor, user names first.
   *
   * @param uuid the descriptor UUID, 16-bit ones in their full Bluetooth base form
   * @return the name, or empty if neither the user nor the database knows this UUID
   */
  public Optional<String> descriptorName(UUID uuid) {
    return first(userNames.descriptors().get(uuid), descriptors.get(uuid));
  }

  /**
   * Any known name for a UUID: service, then characteristic, then descriptor.
   *
   * @param uuid any GATT attribute UUID
   * @return the first name found, or empty if the UUID is unknown in all three tables
   */
  public Optional<String> anyName(UUID uuid) {
    return serviceName(uuid).or(() -> characteristicName(uuid)).or(() -> descriptorName(uuid));
  }

  /**
   * A label for lists and logs: {@code "Heart Rate Measurement (0x2A37)"}, or just the formatted
   * UUID when no name is known.
   *
   * @param uuid any GATT attribute UUID
   * @return the name followed by the UUID in brackets, or the UUID alone; never {@code null}
   */
  public String label(UUID uuid) {
    String id = Uuids.format(uuid);
    return anyName(uuid).map(n -> n + " (" + id + ")").orElse(id);
  }

  /**
   * The company with a SIG company identifier (0 to 65535), user names first.
   *
   * @param companyId the company identifier from manufacturer-specific data, 0 to 65535
   * @return the company name, or empty for an unassigned identifier
   */
  public Optional<String> companyName(int companyId) {
    return first(userNames.companies().get(companyId), companies.get(companyId));
  }

  /**
   * The appearance name for a 16-bit GAP appearance value (category in bits 15..6, subcategory in
   * bits 5..0): {@code "Watch"} or {@code "Watch: Sports Watch"}; empty for an unknown category.
   *
   * @param appearance the appearance value; only the low 16 bits are used
   * @return the category name with the subcategory if one is known, or empty
   */
  public Optional<String> appearanceName(int appearance) {
    int category = (appearance >> 6) & 0x3FF;
    int sub = appearance & 0x3F;
    String cat = appearanceCategories.get(category);
    if (cat == null) {
      return Optional.empty();
    }
    String subName = sub == 0 ? null : appearanceSubcategories.get(appearance & 0xFFFF);
    return Optional.of(subName == null ? cat : cat + ": " + subName);
  }

  /**
   * The user's names in use.
   *
   * @return the user names currently consulted before the built-in ones; {@link UserNames#EMPTY} if
   *     there are none
   */
  public UserNames userNames() {
    return userNames;
  }

  /**
   * Uses new user names from now on (after the user named a UUID or imported a file).
   *
   * @param names the new user names, replacing the old ones for every later lookup; not {@code
   *     null}
   * @throws NullPointerException if {@code names} is {@code null}
   */
  public void useUserNames(UserNames names) {
    userNames = Objects.requireNonNull(names, "names");
  }

  /**
   * Why the user's names file was not (fully) used, if it had a problem.
   *
   * @return a message naming the file and what was wrong with it, or empty if it was read cleanly
   *     or absent
   */
  public Optional<String> userNamesProblem() {
    return userNames.problem();
  }

  /**
   * How long loading took, in nanoseconds.
   *
   * @return the wall time spent reading the bundled database and the user's file
   */
  public long loadNanos() {
    return loadNanos;
  }

  private static Optional<String> first(String a, String b) {
    return Optional.ofNullable(a != null ? a : b);
  }

  private static InputStream open(String file) {
    InputStream in = BluetoothNames.class.getResourceAsStream(DATA + file);
    if (in == null) {
      throw new IllegalStateException("bundled data file missing: " + DATA + file);
    }
    return in;
  }

  private static List<Object> readArray(String file) {
    try (InputStream in = open(file)) {
      Object root = BundledJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!(root instanceof List<?>)) {
        throw new IOException("expected an array at the top");
      }
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) root;
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + file, e);
    }
  }

  private static void readObjects(String file, Consumer<Map<?, ?>> sink) {
    for (Object item : readArray(file)) {
      if (item instanceof Map<?, ?> fields) {
        sink.accept(fields);
      }
    }
  }

  private static String text(Map<?, ?> fields, String name) {
    return fields.get(name) instanceof String s ? s : null;
  }

  private static Map<UUID, String> readUuidNames(String file) {
    Map<UUID, String> out = new HashMap<>();
    readObjects(
        file,
        fields -> {
          String uuid = text(fields, "uuid");
          String name = text(fields, "name");
          if (uuid != null && name != null) {
            out.putIfAbsent(Uuids.parse(uuid), name);
          }
        });
    return out;
  }

  private static Map<Integer, String> readCompanies() {
    Map<Integer, String> out = new HashMap<>();
    readObjects(
        "company_ids.json",
        f -> {
          if (text(f, "code") != null && text(f, "name") != null) {
            out.putIfAbsent(Integer.parseInt(text(f, "code")), text(f, "name"));
          }
        });
    return out;
  }

  private void readAppearances() {
    readObjects(
        "gap_appearance.json",
        f -> {
          String category = text(f, "category");
          String name = text(f, "name");
          if (category == null || name == null) {
            return;
          }
          int cat = Integer.parseInt(category);
          appearanceCategories.put(cat, name);
          if (f.get("subcategory") instanceof List<?> subs) {
            for (Object sub : subs) {
              if (sub instanceof Map<?, ?> s
                  && text(s, "value") != null
                  && text(s, "name") != null) {
                appearanceSubcategories.put(
                    (cat << 6) | Integer.parseInt(text(s, "value")), text(s, "name"));
              }
            }
          }
        });
  }
}
