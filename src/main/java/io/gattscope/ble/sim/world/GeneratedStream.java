package io.gattscope.ble.sim.world;

import io.gattscope.ble.sim.gatt.Attribute;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** A {@link ValueStream} whose values come from a generator and whose rate may change. */
public final class GeneratedStream implements ValueStream {
  private final Attribute attribute;
  private final boolean indicate;
  private final DoubleSupplier rate;
  private final Supplier<byte[]> generator;

  /**
   * Creates the stream.
   *
   * @param attribute the characteristic value attribute it updates
   * @param indicate true for indications
   * @param rate the current rate in Hz
   * @param generator makes the next value
   */
  public GeneratedStream(
      Attribute attribute, boolean indicate, DoubleSupplier rate, Supplier<byte[]> generator) {
    this.attribute = attribute;
    this.indicate = indicate;
    this.rate = rate;
    this.generator = generator;
  }

  @Override
  public int valueHandle() {
    return attribute.handle();
  }

  @Override
  public boolean indicate() {
    return indicate;
  }

  @Override
  public double rateHz() {
    return rate.getAsDouble();
  }

  @Override
  public synchronized byte[] next() {
    byte[] v = generator.get();
    attribute.updateValue(v);
    return v;
  }
}
