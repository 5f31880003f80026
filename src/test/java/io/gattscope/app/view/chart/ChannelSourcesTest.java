package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SigChannels;
import io.gattscope.app.fake.FakeBackend;
import io.gattscope.app.fake.FakeDevice;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.FieldRole;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel source order: saved layout, then SIG decoder, then 0x2904, then the IMU layout. */
class ChannelSourcesTest {
  private static final BleAddress ADDRESS = BleAddress.parse("C0:FF:EE:00:00:07");
  private static final UUID SERVICE = UUID.fromString("0000aa00-1111-2222-3333-444455556666");
  private static final UUID PROBE = UUID.fromString("0000aa01-1111-2222-3333-444455556666");
  private static final UUID PLAIN = UUID.fromString("0000aa02-1111-2222-3333-444455556666");
  private static final UUID HRM = Uuids.fromShort(0x2A37);

  /** sint16, exponent -2, degree Celsius. */
  private static final byte[] CELSIUS = Hex.parse("0E FE 2F 27 01 00 00");

  private final GattCharacteristic heartRate =
      new GattCharacteristic(HRM, SERVICE, 1, 2, 0x10, List.of(d(0x2902, 3), d(0x2904, 4)));
  private final GattCharacteristic probe =
      new GattCharacteristic(
          PROBE, SERVICE, 5, 6, 0x10, List.of(d(0x2902, 7), d(0x2901, 8), d(0x2904, 9)));
  private final GattCharacteristic plain =
      new GattCharacteristic(PLAIN, SERVICE, 10, 11, 0x10, List.of(d(0x2902, 12)));

  @TempDir Path dir;
  private LayoutStore store;
  private ChartWindows windows;
  private BleDevice device;

  private static GattDescriptor d(int uuid16, int handle) {
    return new GattDescriptor(Uuids.fromShort(uuid16), handle);
  }

  @BeforeEach
  void connect() throws Exception {
    GattDatabase db =
        new GattDatabase(
            List.of(new GattService(SERVICE, 1, 12, List.of(heartRate, probe, plain))));
    FakeDevice fake =
        new FakeDevice(ADDRESS, db)
            .value(4, CELSIUS)
            .value(8, "Probe".getBytes(StandardCharsets.UTF_8))
            .value(9, CELSIUS);
    device =
        new FakeBackend()
            .add(fake)
            .connectAsync(ADDRESS, ConnectOptions.defaults())
            .get(1, TimeUnit.SECONDS);
    store = new LayoutStore(dir.resolve("layouts.json"));
    windows = new ChartWindows(new RateMeter(), store);
  }

  private ChannelDecoder source(GattCharacteristic c, String firstValueHex) throws Exception {
    return windows.decoderFor(device, c, Hex.parse(firstValueHex)).get(2, TimeUnit.SECONDS);
  }

  @Test
  void aSavedLayoutBeatsTheSigDecoder() throws Exception {
    store.put(HRM, PayloadLayout.parse("flags:u8, bpm:u8 bpm"));
    assertThat(source(heartRate, "06 48")).isEqualTo(PayloadLayout.parse("flags:u8, bpm:u8 bpm"));
  }

  @Test
  void theSigDecoderBeatsThePresentationFormat() throws Exception {
    ChannelDecoder d = source(heartRate, "16 48 55 03");
    assertThat(d).isInstanceOf(SigChannels.class);
    assertThat(((SigChannels) d).source()).isEqualTo("SIG decoder: Heart Rate Measurement");
    assertThat(d.names()).containsExactly("Heart Rate", "RR-Interval");
  }

  @Test
  void thePresentationFormatBeatsTheImuLayoutAndIsNamedByTheUserDescription() throws Exception {
    ChannelDecoder d = source(probe, "29 09");
    assertThat(d.names()).containsExactly("Probe");
    assertThat(d.units()).containsExactly("°C");
    double[] out = new double[1];
    assertThat(d.decode(Hex.parse("29 09"), out)).isEqualTo(1);
    assertThat(out[0]).isEqualTo(23.45);
    // its exponent of -2 gives the decimals a CSV and the cursor print
    assertThat(d.decimals(0)).isEqualTo(2);
    assertThat(ValueFormat.format(out[0] + 0.1, d.decimals(0))).isEqualTo("23.55");
    assertThat(((SigChannels) d).source()).isEqualTo("0x2904 Presentation Format: Probe");
  }

  @Test
  void aPresentationFormatThatDoesNotFitTheValueFallsBackToTheImuLayout() throws Exception {
    assertThat(source(probe, "00 01 02 03 04 05 06 07 08 09 0A 0B"))
        .isEqualTo(PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT));
  }

  @Test
  void withNothingElseTheImuLayoutIsTheLastResort() throws Exception {
    assertThat(source(plain, "00 01"))
        .isEqualTo(PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT));
  }

  @Test
  void aValueLongEnoughForTheCounterGetsTheImuLayoutTimedByItsCounter() throws Exception {
    ChannelDecoder d = source(plain, "00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D");
    assertThat(d).isEqualTo(PayloadLayout.parse(ChartViewModel.IMU_LAYOUT));
    assertThat(d.timeBase().role()).isEqualTo(FieldRole.SEQUENCE);
    assertThat(d.names().get(d.timeBase().channel())).isEqualTo("seq");
  }
}
