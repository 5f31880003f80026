package io.gattscope.app.chart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.decode.CharacteristicDecoder;
import io.gattscope.gatt.decode.Decoders;
import io.gattscope.gatt.format.GattFormatType;
import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.ValueFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where a chart's channels come from, in order: the layout the user saved for the
 * characteristic's UUID, the SIG decoder of the UUID, the characteristic's Presentation Format
 * descriptor (0x2904, one channel), and last the IMU layout that fits the first value: {@link
 * ChartViewModel#IMU_LAYOUT} (with the sample counter as time base) for a value that long, else
 * {@link ChartViewModel#IMU_PLAIN_LAYOUT}.
 */
public final class ChannelSources {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelSources.class);

  /** What a chart needs before its channels are known. */
  public sealed interface Plan {
    /** The channels are known now. */
    public record Ready(ChannelDecoder decoder) implements Plan {}

    /** The channels follow from one real value of the characteristic. */
    public record FromFirstValue(Function<byte[], ChannelDecoder> decoderFor) implements Plan {}
  }

  private final LayoutStore store;

  /** Sources with saved layouts from {@code store} (null for none). */
  public ChannelSources(LayoutStore store) {
    this.store = store;
  }

  private static final PayloadLayout IMU = PayloadLayout.parse(ChartViewModel.IMU_LAYOUT);
  private static final PayloadLayout IMU_PLAIN =
      PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT);

  /**
   * The IMU layout for a value, the source of last resort: with the sample counter when the value
   * is long enough to hold it, else the six channels alone.
   */
  public static PayloadLayout imuDefault(byte[] value) {
    return value.length >= IMU.minimumLength() ? IMU : IMU_PLAIN;
  }

  /** The layout saved for the characteristic, if any (a store that cannot be read is logged). */
  public Optional<PayloadLayout> saved(GattCharacteristic characteristic) {
    if (store != null) {
      try {
        return store.get(characteristic.uuid());
      } catch (IOException e) {
        LOG.warn("could not read saved layouts from {}", store.file(), e);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the source for a chart of {@code characteristic}, reading its 0x2904 and 0x2901
   * descriptors when it comes to that; never fails (a descriptor that cannot be read or parsed
   * falls through to the IMU layout, logged).
   */
  public CompletableFuture<Plan> plan(BleDevice device, GattCharacteristic characteristic) {
    Optional<PayloadLayout> layout = saved(characteristic);
    if (layout.isPresent()) {
      return CompletableFuture.completedFuture(new Plan.Ready(layout.get()));
    }
    Optional<CharacteristicDecoder> sig = Decoders.forUuid(characteristic.uuid());
    if (sig.isPresent()) {
      return CompletableFuture.completedFuture(
          new Plan.FromFirstValue(v -> SigChannels.learn(sig.get(), v)));
    }
    Optional<GattDescriptor> format = characteristic.descriptor(GattDescriptor.PRESENTATION_FORMAT);
    if (format.isEmpty()) {
      return CompletableFuture.completedFuture(new Plan.FromFirstValue(ChannelSources::imuDefault));
    }
    return device
        .readHandleAsync(format.get().handle())
        .thenCombine(
            name(device, characteristic), (pf, name) -> fromFormat(characteristic, pf, name))
        .exceptionally(
            e -> {
              LOG.warn(
                  "could not read the Presentation Format of {}; charting it with the IMU layout",
                  Uuids.format(characteristic.uuid()),
                  e);
              return new Plan.FromFirstValue(ChannelSources::imuDefault);
            });
  }

  /** The 0x2901 user description, else the SIG name, else the UUID. */
  private static CompletableFuture<String> name(BleDevice device, GattCharacteristic c) {
    String fallback =
        BluetoothNames.get().characteristicName(c.uuid()).orElse(Uuids.format(c.uuid()));
    Optional<GattDescriptor> label = c.descriptor(GattDescriptor.USER_DESCRIPTION);
    if (label.isEmpty()) {
      return CompletableFuture.completedFuture(fallback);
    }
    return device
        .readHandleAsync(label.get().handle())
        .thenApply(v -> new String(v, StandardCharsets.UTF_8).strip())
        .thenApply(s -> s.isEmpty() ? fallback : s)
        .exceptionally(e -> fallback);
  }

  private static Plan fromFormat(GattCharacteristic c, byte[] descriptor, String name) {
    PresentationFormat pf = PresentationFormat.parse(descriptor);
    int size = pf.type().map(GattFormatType::size).orElse(0);
    if (size == 0 || pf.type().get() == GattFormatType.DUINT16) {
      LOG.info("{}: its Presentation Format {} is not one number; using the IMU layout", name, pf);
      return new Plan.FromFirstValue(ChannelSources::imuDefault);
    }
    CharacteristicDecoder decoder = Decoders.forPresentationFormat(c.uuid(), name, pf);
    GattFormatType type = pf.type().get();
    boolean floating =
        type == GattFormatType.FLOAT32
            || type == GattFormatType.FLOAT64
            || type == GattFormatType.SFLOAT
            || type == GattFormatType.FLOAT;
    // an integer scaled by 10^exponent carries -exponent decimals (23.45 °C for 2345 and -2)
    int decimals = floating ? ValueFormat.SHORTEST : Math.max(0, -pf.exponent());
    SigChannels channels =
        SigChannels.single(
            decoder, "0x2904 Presentation Format: " + name, name, pf.unitSymbol(), decimals);
    return new Plan.FromFirstValue(
        v -> {
          if (v.length == size) {
            return channels;
          }
          LOG.info(
              "{}: its Presentation Format describes {} bytes but a value has {}; using the IMU"
                  + " layout",
              name,
              size,
              v.length);
          return imuDefault(v);
        });
  }
}
