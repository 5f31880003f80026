package io.gattscope.app.fake;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import java.util.List;
import java.util.function.Supplier;

/** A provider of one adapter kind whose presence the test switches on and off. */
public final class FakeProvider implements BackendProvider {
  private final String kind;
  private final boolean simulated;
  private final Supplier<BleBackend> factory;
  public volatile boolean present = true;
  public int opened;

  public FakeProvider(String kind, boolean simulated, Supplier<BleBackend> factory) {
    this.kind = kind;
    this.simulated = simulated;
    this.factory = factory;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public List<AdapterDescriptor> available() {
    return present
        ? List.of(
            new AdapterDescriptor(
                kind, simulated ? "Simulated adapter" : kind + " adapter", kind, simulated))
        : List.of();
  }

  @Override
  public BleBackend create(String argument) {
    if (!present) {
      throw new AdapterUnavailableException(kind + " adapter is not there");
    }
    opened++;
    return factory.get();
  }

  @Override
  public int priority() {
    return simulated ? 100 : 10;
  }
}
