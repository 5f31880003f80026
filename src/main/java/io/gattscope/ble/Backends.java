package io.gattscope.ble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;

/** Lists the adapters available now and opens one by id ({@code kind} or {@code kind:argument}). */
public final class Backends {
  private final List<BackendProvider> providers;

  /** Providers found on the class path. */
  public Backends() {
    this(
        ServiceLoader.load(BackendProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList());
  }

  /**
   * Explicit providers (for tests).
   *
   * @param providers the providers to use, in any order; they are sorted by {@link
   *     BackendProvider#priority()}
   */
  public Backends(List<BackendProvider> providers) {
    List<BackendProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparingInt(BackendProvider::priority));
    this.providers = List.copyOf(sorted);
  }

  /**
   * The known backend kinds, e.g. bgapi, bluez, gatttool, sim.
   *
   * @return the kinds in priority order
   */
  public List<String> kinds() {
    return providers.stream().map(BackendProvider::kind).toList();
  }

  /**
   * Every adapter present now, real ones first, the simulator last. A provider that fails to list
   * is skipped (logged at debug level).
   *
   * @return a new list of descriptors; may be empty
   */
  public List<AdapterDescriptor> available() {
    List<AdapterDescriptor> all = new ArrayList<>();
    for (BackendProvider p : providers) {
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
    for (BackendProvider p : providers) {
      if (p.kind().equalsIgnoreCase(kind)) {
        return p.create(arg);
      }
    }
    if (id.startsWith("/")) {
      return create("bgapi:" + id);
    }
    throw new IllegalArgumentException("unknown adapter '" + id + "': known kinds are " + kinds());
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
