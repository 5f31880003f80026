package io.gattscope.ble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;

/** Lists the adapters available now and opens one by id ({@code kind} or {@code kind:argument}). */
public final class Backends {
  /**
   * The providers this library ships, by kind (its {@code META-INF/services} file lists the same
   * classes). They are named here so that opening one of their kinds neither looks through every
   * jar on the class path nor sets up the other providers, which a short command-line run would pay
   * for; a kind they serve always opens theirs.
   */
  static final Map<String, String> BUNDLED =
      Map.of(
          "bgapi", "io.gattscope.ble.bgapi.BgapiBackendProvider",
          "bluez", "io.gattscope.ble.bluez.BluezBackendProvider",
          "gatttool", "io.gattscope.ble.gatttool.GatttoolBackendProvider",
          "sim", "io.gattscope.ble.sim.SimBackendProvider");

  private final ClassLoader loader;
  private final Map<String, BackendProvider> made = new HashMap<>();
  private List<BackendProvider> providers;

  /** The providers this library ships and any others found on the class path. */
  public Backends() {
    this(Thread.currentThread().getContextClassLoader());
  }

  /** The bundled providers and those {@code loader} finds, looked for when first needed. */
  Backends(ClassLoader loader) {
    this.loader = loader;
  }

  /**
   * Explicit providers (for tests).
   *
   * @param providers the providers to use, in any order; they are sorted by {@link
   *     BackendProvider#priority()}
   */
  public Backends(List<BackendProvider> providers) {
    this.loader = null;
    this.providers = sorted(providers);
  }

  private static List<BackendProvider> sorted(List<BackendProvider> providers) {
    List<BackendProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparingInt(BackendProvider::priority));
    return List.copyOf(sorted);
  }

  /** The bundled provider of {@code kind}, made on first use; null for another kind. */
  private synchronized BackendProvider bundled(String kind) {
    String name = loader == null ? null : BUNDLED.get(kind.toLowerCase(Locale.ROOT));
    return name == null ? null : made.computeIfAbsent(name, Backends::instance);
  }

  private static BackendProvider instance(String name) {
    try {
      return Class.forName(name, true, Backends.class.getClassLoader())
          .asSubclass(BackendProvider.class)
          .getConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bundled backend provider " + name + " is missing", e);
    }
  }

  /** Every provider: the bundled ones and those on the class path, found on first use. */
  private synchronized List<BackendProvider> providers() {
    if (providers == null) {
      List<BackendProvider> all = new ArrayList<>();
      for (String kind : BUNDLED.keySet()) {
        all.add(bundled(kind));
      }
      ServiceLoader.load(BackendProvider.class, loader).stream()
          .filter(p -> !BUNDLED.containsValue(p.type().getName()))
          .map(ServiceLoader.Provider::get)
          .forEach(all::add);
      providers = sorted(all);
    }
    return providers;
  }

  /**
   * The known backend kinds, e.g. bgapi, bluez, gatttool, sim.
   *
   * @return the kinds in priority order
   */
  public List<String> kinds() {
    return providers().stream().map(BackendProvider::kind).toList();
  }

  /**
   * Every adapter present now, real ones first, the simulator last. A provider that fails to list
   * is skipped (logged at debug level).
   *
   * @return a new list of descriptors; may be empty
   */
  public List<AdapterDescriptor> available() {
    List<AdapterDescriptor> all = new ArrayList<>();
    for (BackendProvider p : providers()) {
      try {
        all.addAll(p.available());
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(Backends.class)
            .debug("listing {} adapters failed: {}", p.kind(), e.toString());
      }
    }
    return all;
  }

  /**
   * The first real adapter, else the first one at all (the simulator).
   *
   * @return the adapter a user most likely wants
   * @throws AdapterUnavailableException when no adapter and no simulator is available
   */
  public AdapterDescriptor preferred() {
    List<AdapterDescriptor> all = available();
    return all.stream()
        .filter(a -> !a.simulated())
        .findFirst()
        .orElseGet(
            () -> {
              if (all.isEmpty()) {
                throw new AdapterUnavailableException(
                    "no Bluetooth adapter and no simulator available");
              }
              return all.get(0);
            });
  }

  /**
   * Creates (does not start) the backend for an id such as {@code sim}, {@code bgapi}, {@code
   * bgapi:/dev/ttyACM0}, {@code bluez:hci0}. A bare path such as {@code /dev/ttyACM0} opens a BGAPI
   * dongle.
   *
   * @param id {@code kind} or {@code kind:argument}, the kind in any case
   * @return a new backend; the caller starts and stops it
   * @throws IllegalArgumentException for an unknown kind, naming the known ones
   */
  public BleBackend create(String id) {
    String kind = id;
    String arg = "";
    int colon = id.indexOf(':');
    if (colon >= 0) {
      kind = id.substring(0, colon);
      arg = id.substring(colon + 1);
    }
    BackendProvider p = bundled(kind);
    p = p != null ? p : provider(providers(), kind);
    if (p != null) {
      return p.create(arg);
    }
    if (id.startsWith("/")) {
      return create("bgapi:" + id);
    }
    throw new IllegalArgumentException("unknown adapter '" + id + "': known kinds are " + kinds());
  }

  private static BackendProvider provider(List<BackendProvider> providers, String kind) {
    for (BackendProvider p : providers) {
      if (p.kind().equalsIgnoreCase(kind)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Creates and starts a backend.
   *
   * @param id {@code kind} or {@code kind:argument}, as for {@link #create(String)}
   * @return the started backend; close it to stop it
   * @throws IllegalArgumentException for an unknown kind, naming the known ones
   * @throws AdapterUnavailableException when the adapter is not there
   */
  public BleBackend open(String id) {
    BleBackend b = create(id);
    b.start();
    return b;
  }
}
