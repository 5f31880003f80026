package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding backends: a kind the library ships opens without looking through the class path, and a
 * provider another jar brings is still found when asked for.
 */
class BackendsTest {
  private static final String SERVICE = "META-INF/services/" + BackendProvider.class.getName();

  /** A class loader that counts the look-ups for the provider list on the class path. */
  private static final class CountingLoader extends ClassLoader {
    final List<String> asked = new ArrayList<>();
    private final List<URL> extra;

    CountingLoader(List<URL> extra) {
      super(BackendsTest.class.getClassLoader());
      this.extra = extra;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      asked.add(name);
      List<URL> all = Collections.list(super.getResources(name));
      if (name.equals(SERVICE)) {
        all.addAll(extra);
      }
      return Collections.enumeration(all);
    }
  }

  @Test
  void aBundledKindOpensWithoutLookingThroughTheClassPath() {
    CountingLoader loader = new CountingLoader(List.of());
    Backends backends = new Backends(loader);
    try (BleBackend sim = backends.open("sim")) {
      assertThat(sim.isRunning()).isTrue();
      assertThat(sim.adapterInfo().name()).contains("BGAPI");
    }
    assertThatThrownBy(() -> backends.create("bgapi:/dev/ttyGATTSCOPE-NONE"))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("/dev/ttyGATTSCOPE-NONE does not exist");
    assertThat(loader.asked).as("class-path look-ups").isEmpty();
    assertThat(backends.kinds()).containsExactly("bgapi", "bluez", "gatttool", "sim");
    assertThat(loader.asked).as("kinds() looks once").containsExactly(SERVICE);
  }

  @Test
  void aProviderFromAnotherJarIsFoundAndBundledOnesAreNotListedTwice(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(
        file,
        "# another jar's providers\n"
            + ExtraProvider.class.getName()
            + "\n"
            + "io.gattscope.ble.sim.SimBackendProvider\n");
    CountingLoader loader = new CountingLoader(List.of(file.toUri().toURL()));
    Backends backends = new Backends(loader);
    assertThat(backends.kinds()).containsExactly("bgapi", "bluez", "gatttool", "sim", "extra");
    assertThatThrownBy(() -> backends.create("extra:x"))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessage("extra adapter x is not there");
    assertThatThrownBy(() -> backends.create("nosuch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown adapter 'nosuch': known kinds are [bgapi, bluez, gatttool, sim, extra]");
  }

  @Test
  void theBundledListIsTheOneTheServiceFileGivesOtherTools() throws Exception {
    List<String> listed = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(SERVICE))) {
      try (InputStream in = url.openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(listed::add);
      }
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(Backends.BUNDLED.values());
    for (var bundled : Backends.BUNDLED.entrySet()) {
      BackendProvider p =
          Class.forName(bundled.getValue())
              .asSubclass(BackendProvider.class)
              .getConstructor()
              .newInstance();
      assertThat(p.kind()).as(bundled.getValue()).isEqualTo(bundled.getKey());
    }
  }

  /** A provider of a kind the library does not ship, as another jar would bring it. */
  public static final class ExtraProvider implements BackendProvider {
    @Override
    public String kind() {
      return "extra";
    }

    @Override
    public int priority() {
      return 1_000;
    }

    @Override
    public List<AdapterDescriptor> available() {
      return List.of();
    }

    @Override
    public BleBackend create(String argument) {
      throw new AdapterUnavailableException("extra adapter " + argument + " is not there");
    }
  }
}
