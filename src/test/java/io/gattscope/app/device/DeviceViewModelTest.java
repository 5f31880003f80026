package io.gattscope.app.device;

import static io.gattscope.app.fake.Peripherals.HRM;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartActivityLog;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.fake.FakeBackend;
import io.gattscope.app.fake.FakeDevice;
import io.gattscope.app.fake.Peripherals;
import io.gattscope.app.fake.TestContext;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceViewModelTest {
  private final TestContext t = new TestContext();
  private final FakeDevice device = Peripherals.hrm();
  private final FakeBackend backend = new FakeBackend().add(device);
  private DeviceViewModel vm;

  @BeforeEach
  void connect() {
    backend.start();
    vm =
        new DeviceViewModel(
            t.ctx, new SimpleObjectProperty<>(backend), HRM, AddressType.PUBLIC, "HRM");
    vm.connectCommand().execute();
  }

  private CharacteristicViewModel at(int valueHandle) {
    return vm.characteristics().stream()
        .filter(c -> c.characteristic().valueHandle() == valueHandle)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void connectingDiscoversTheTreeAndShowsTheLinkFacts() {
    assertThat(vm.statusProperty().get()).isEqualTo("Connected");
    assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(vm.mtuProperty().get()).isEqualTo("23");
    assertThat(vm.intervalProperty().get()).isEqualTo("30.00 ms");
    List<GattNode> services = vm.services();
    assertThat(services).extracting(n -> n.name().get()).startsWith("Unknown", "Heart Rate");
    GattNode hr = services.get(1);
    assertThat(hr.uuidText()).isEqualTo("0x180D");
    assertThat(hr.children()).extracting(GattNode::properties).containsExactly("N", "R");
    assertThat(hr.children().get(0).children())
        .extracting(GattNode::uuidText)
        .containsExactly("0x2902");
    t.ticker.tick();
    assertThat(vm.rssiProperty().get()).isEqualTo("-48 dBm");
  }

  @Test
  void duplicateUuidsAreDistinctRows() {
    List<GattNode> twins = vm.services().subList(4, 6);
    assertThat(twins).extracting(GattNode::uuidText).containsOnly("0xFFF0");
    assertThat(twins)
        .as("characteristic rows show their value handle, the one reads and writes use")
        .extracting(n -> n.children().get(0).handle())
        .containsExactly(26, 30);
  }

  @Test
  void userDescriptionNamesTheCharacteristicAndPresentationFormatPicksItsFormat() {
    CharacteristicViewModel rate = at(Peripherals.RATE_VALUE);
    assertThat(rate.nameProperty().get()).isEqualTo("Sample rate");
    assertThat(rate.formatProperty().get()).isEqualTo(CharacteristicViewModel.PRESENTATION);
    assertThat(rate.formats()).startsWith(CharacteristicViewModel.PRESENTATION, "hex");
    assertThat(rate.editor().formatProperty().get())
        .as("the write editor also defaults to the 0x2904 format")
        .isEqualTo(CharacteristicViewModel.PRESENTATION);
    assertThat(rate.editor().formats()).startsWith(CharacteristicViewModel.PRESENTATION);
    rate.editor().textProperty().set("200");
    assertThat(rate.editor().errorProperty().get()).isEmpty();
    rate.editor().textProperty().set("300");
    assertThat(rate.editor().errorProperty().get()).contains("300");
    rate.readCommand().execute();
    assertThat(rate.valueTextProperty().get()).isEqualTo("50");
    assertThat(rate.propertiesText()).isEqualTo("R WnR W");
  }

  @Test
  void readShowsTheValueAndAddsItToTheHistory() {
    CharacteristicViewModel name = at(Peripherals.NAME_VALUE);
    assertThat(name.nameProperty().get()).isEqualTo("Device Name");
    name.formatProperty().set("utf8");

    name.readCommand().execute();

    assertThat(name.valueTextProperty().get()).isEqualTo("HRM-Sim");
    assertThat(name.rawHexProperty().get()).isEqualTo("48 52 4D 2D 53 69 6D");
    assertThat(name.history())
        .extracting(HistoryEntry::kind)
        .containsExactly(HistoryEntry.Kind.READ);
  }

  @Test
  void theChosenFormatIsRememberedPerUuid() {
    at(Peripherals.NAME_VALUE).formatProperty().set("utf8");
    DeviceViewModel again =
        new DeviceViewModel(
            t.ctx, new SimpleObjectProperty<>(backend), HRM, AddressType.PUBLIC, "HRM");
    device.drop(0x08);
    again.connectCommand().execute();

    assertThat(
            again.characteristics().stream()
                .filter(c -> c.characteristic().valueHandle() == Peripherals.NAME_VALUE)
                .findFirst()
                .orElseThrow()
                .formatProperty()
                .get())
        .isEqualTo("utf8");
  }

  @Test
  void anotherDeviceWithTheSameUuidKeepsItsOwnFormat() {
    CharacteristicViewModel mine = at(Peripherals.NAME_VALUE);
    String first = mine.formatProperty().get();
    mine.formatProperty().set("utf8");
    BleAddress twin = BleAddress.parse("C0:FF:EE:00:00:02");
    backend.add(new FakeDevice(twin, Peripherals.database()));
    DeviceViewModel other =
        new DeviceViewModel(
            t.ctx, new SimpleObjectProperty<>(backend), twin, AddressType.PUBLIC, "Twin");
    other.connectCommand().execute();

    assertThat(
            other.characteristics().stream()
                .filter(c -> c.characteristic().valueHandle() == Peripherals.NAME_VALUE)
                .findFirst()
                .orElseThrow()
                .formatProperty()
                .get())
        .as("the format a fresh device with that UUID shows")
        .isEqualTo(first)
        .isNotEqualTo("utf8");
  }

  @Test
  void aFailedReadShowsWordsAndCode() {
    device.readError(11, 0x02);
    CharacteristicViewModel sensor = at(11);

    sensor.readCommand().execute();

    assertThat(sensor.errorProperty().get())
        .isEqualTo("Read failed: Read not permitted (ATT 0x02)");
    assertThat(sensor.pairingSuggestedProperty().get()).isFalse();
    assertThat(sensor.history().get(0).kind()).isEqualTo(HistoryEntry.Kind.ERROR);
  }

  @Test
  void insufficientAuthenticationOffersPairingWhichAsksThePasskeyAndReadsAgain() {
    CharacteristicViewModel secure = at(Peripherals.SECURE_VALUE);
    secure.readCommand().execute();
    assertThat(secure.errorProperty().get()).contains("(ATT 0x05)");
    assertThat(secure.pairingSuggestedProperty().get()).isTrue();

    secure.pairAndReadCommand().execute().join();

    assertThat(t.passkeyRequests).containsExactly(HRM);
    assertThat(vm.bondProperty().get()).isEqualTo("bonded");
    assertThat(secure.valueTextProperty().get()).isEqualTo("42");
    assertThat(secure.errorProperty().get()).isEmpty();
  }

  @Test
  void aWrongPasskeyIsExplained() {
    t.passkeyAnswer = 111111;
    vm.pairCommand().execute().exceptionally(e -> null).join();

    assertThat(vm.pairingErrorProperty().get())
        .isEqualTo("Pairing failed: Passkey mismatch (reason 0x04)");
  }

  @Test
  void numericComparisonAsksTheUserWithTheNumberAndBondsWhenTheyMatch() {
    device.pairsByComparison(4711);

    vm.pairCommand().execute().join();

    assertThat(t.comparedPasskeys).containsExactly(4711);
    assertThat(t.passkeyRequests).isEmpty();
    assertThat(vm.bondProperty().get()).isEqualTo("bonded");
    t.log.flush();
    assertThat(t.log.entries())
        .extracting(e -> e.message())
        .contains("Numeric comparison 004711: confirmed", "Paired and bonded");
  }

  @Test
  void numbersTheUserSeesDifferFailThePairingWithTheReason() {
    device.pairsByComparison(4711);
    t.confirmAnswer = false;

    vm.pairCommand().execute().exceptionally(e -> null).join();

    assertThat(vm.bondProperty().get()).isNotEqualTo("bonded");
    assertThat(vm.pairingErrorProperty().get())
        .isEqualTo("Pairing failed: Numeric comparison failed (reason 0x0C)");
    t.log.flush();
    assertThat(t.log.entries())
        .extracting(e -> e.message())
        .contains("Numeric comparison 004711: the user saw a different number");
  }

  @Test
  void justWorksPairingAsksWhetherToPairAndADeclineStopsIt() {
    device.pairsJustWorks();
    t.authorizeAnswer = false;

    vm.pairCommand().execute().exceptionally(e -> null).join();

    assertThat(t.pairingQuestions).containsExactly(HRM);
    assertThat(vm.bondProperty().get()).isNotEqualTo("bonded");
    assertThat(vm.pairingErrorProperty().get()).startsWith("Pairing failed: ");
    t.log.flush();
    assertThat(t.log.entries())
        .extracting(e -> e.message())
        .contains("Pairing declined by the user");

    t.authorizeAnswer = true;
    vm.pairCommand().execute().join();
    assertThat(t.pairingQuestions).hasSize(2);
    assertThat(vm.bondProperty().get()).isEqualTo("bonded");
  }

  @Test
  void invalidHexShowsAnErrorDisablesWriteAndSendsNothing() {
    WriteEditorViewModel editor = at(Peripherals.NAME_VALUE).editor();

    editor.textProperty().set("12 3G");

    assertThat(editor.errorProperty().get()).isEqualTo("'G' is not a hex digit (position 4)");
    assertThat(editor.writeCommand().isExecutable()).isFalse();
    editor.writeCommand().execute();
    assertThat(device.writes()).isEmpty();

    editor.textProperty().set("123");
    assertThat(editor.errorProperty().get()).contains("odd number of hex digits");
    editor.textProperty().set("01 02");
    assertThat(editor.errorProperty().get()).isEmpty();
    assertThat(editor.writeCommand().isExecutable()).isTrue();
  }

  @Test
  void writesUseTheDefaultTypeAndLongValuesGoAsLongWrites() {
    CharacteristicViewModel name = at(Peripherals.NAME_VALUE);
    WriteEditorViewModel editor = name.editor();
    assertThat(editor.typeProperty().get()).isEqualTo(WriteType.REQUEST);

    editor.textProperty().set("0102");
    editor.writeCommand().execute();
    editor.formatProperty().set("utf8");
    editor.textProperty().set("a name longer than twenty bytes");
    editor.writeCommand().execute();

    assertThat(device.writes()).extracting(FakeDevice.Write::isLong).containsExactly(false, true);
    assertThat(name.history())
        .extracting(HistoryEntry::kind)
        .containsExactly(HistoryEntry.Kind.WRITE, HistoryEntry.Kind.WRITE);
  }

  @Test
  void aWriteTypeTheCharacteristicLacksIsRefusedWithTheLibrarysMessage() {
    WriteEditorViewModel editor = at(Peripherals.NAME_VALUE).editor();
    editor.formatProperty().set("hex");
    editor.typeProperty().set(WriteType.COMMAND);

    editor.textProperty().set("01");

    assertThat(editor.errorProperty().get())
        .isEqualTo(
            "characteristic 0x2A00 at handle 0x0003 cannot be written without response: its"
                + " properties are [READ, WRITE]");
    assertThat(editor.writeCommand().isExecutable()).isFalse();
    editor.typeProperty().set(WriteType.REQUEST);
    assertThat(editor.errorProperty().get()).isEmpty();
  }

  @Test
  void aWriteCommandLongerThanOnePduIsRefusedBeforeSending() {
    WriteEditorViewModel editor = at(Peripherals.RATE_VALUE).editor();
    editor.formatProperty().set("hex");
    editor.typeProperty().set(WriteType.COMMAND);

    editor.textProperty().set("00".repeat(21));

    assertThat(editor.errorProperty().get())
        .isEqualTo("21 bytes do not fit a write without response: MTU 23 allows 20 bytes");
    assertThat(editor.writeCommand().isExecutable()).isFalse();
  }

  @Test
  void notifyFillsTheHistoryOncePerTickAndTurnsOff() {
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    hr.notifications().notifyProperty().set(true);
    assertThat(device.cccdWrites()).containsExactly(1);

    for (int i = 0; i < 5; i++) {
      device.notifyValue(Peripherals.HR_VALUE, new byte[] {0, (byte) (60 + i)});
    }
    assertThat(hr.history()).isEmpty();
    t.ticker.tick();

    assertThat(hr.history()).hasSize(5).allMatch(e -> e.kind() == HistoryEntry.Kind.NOTIFICATION);
    assertThat(hr.valueTextProperty().get()).isEqualTo("00 40");
    assertThat(vm.notificationsReceived()).isEqualTo(5);

    hr.notifications().notifyProperty().set(false);
    assertThat(device.subscribed(Peripherals.HR_VALUE)).isFalse();
  }

  @Test
  void plotLogsItsCccdWritesWithDeviceAndHandleAndCountsItsNotifications() throws Exception {
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    hr.plotCommand().execute();
    assertThat(t.chartsOpened).hasSize(1);
    List<byte[]> plotted = new ArrayList<>();
    Subscription sub =
        t.chartDevice
            .subscribeAsync(
                hr.characteristic(), SubscriptionType.NOTIFY, (h, v, n) -> plotted.add(v))
            .get(5, TimeUnit.SECONDS);
    assertThat(device.cccdWrites()).containsExactly(1);
    for (int i = 0; i < 4; i++) {
      device.notifyValue(Peripherals.HR_VALUE, new byte[] {0, (byte) (70 + i)});
    }
    assertThat(plotted).hasSize(4);
    assertThat(vm.notificationsReceived()).isEqualTo(4);

    sub.close();
    assertThat(device.subscribed(Peripherals.HR_VALUE)).isFalse();
    t.ticker.tick();
    assertThat(t.log.entries())
        .filteredOn(e -> e.message().startsWith("Plot: "))
        .extracting(e -> e.device() + " " + e.message())
        .containsExactly(
            HRM + " Plot: writing CCCD handle 0x0009 (NOTIFY on) for " + hr.label(),
            HRM + " Plot: NOTIFY on for " + hr.label(),
            HRM + " Plot: unsubscribed from " + hr.label() + ", cleared CCCD handle 0x0009");
  }

  @Test
  void aLayoutAppliedToAPlotGoesToTheLogWithDeviceAndHandle() {
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    hr.plotCommand().execute();
    ChartViewModel chart =
        new ChartViewModel(
            "hr", PayloadLayout.parse("flags:u8, bpm:u8"), null, null, new RateMeter(), () -> 0);
    chart.reportTo(ChartActivityLog.of(t.chartDevice));

    chart.layoutSpecProperty().set("flags:u8, bpm:u8 bpm");
    assertThat(chart.applyLayout()).isTrue();
    chart.layoutSpecProperty().set("flags:u8, bpm:");
    assertThat(chart.applyLayout()).as("an invalid layout is not applied").isFalse();
    t.ticker.tick();

    assertThat(t.log.entries())
        .filteredOn(e -> e.message().startsWith("Chart of "))
        .extracting(e -> e.device() + " " + e.message())
        .containsExactly(
            HRM
                + " Chart of "
                + hr.label()
                + ": layout applied: "
                + PayloadLayout.parse("flags:u8, bpm:u8 bpm").toSpec());
    assertThat(hr.label()).contains("handle 0x0008");
  }

  @Test
  void anUnexpectedDropShowsTheReasonAndOffersReconnect() {
    device.drop(0x08);

    assertThat(vm.statusProperty().get()).isEqualTo("Disconnected: Connection Timeout (0x08)");
    assertThat(vm.deviceProperty().get()).isNull();
    assertThat(at(Peripherals.NAME_VALUE).readCommand().isExecutable()).isFalse();
    assertThat(vm.connectCommand().isExecutable()).isTrue();
  }

  @Test
  void autoReconnectRestoresSubscriptions() {
    vm.autoReconnectProperty().set(true);
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    hr.notifications().notifyProperty().set(true);

    device.drop(0x08);

    assertThat(backend.connects()).isEqualTo(2);
    assertThat(vm.statusProperty().get()).isEqualTo("Connected");
    assertThat(device.subscribed(Peripherals.HR_VALUE)).isTrue();
    assertThat(hr.notifications().activeProperty().get()).isTrue();
  }

  @Test
  void theHeaderFollowsTheDevicesOwnReconnectAndSaysWhenItGaveUp() {
    device.drop(0x08);
    device.tell(l -> l.onReconnecting(device, 2));

    assertThat(vm.statusProperty().get()).isEqualTo("Link lost — reconnecting (attempt 2)");
    assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.CONNECTING);
    assertThat(vm.connectCommand().isExecutable()).isFalse();

    device.tell(
        l ->
            l.onGaveUp(
                device, new BleTimeoutException("connection to " + HRM, Duration.ofSeconds(1))));

    assertThat(vm.statusProperty().get()).startsWith("Link lost — gave up after 2 attempts: ");
    assertThat(vm.lastReasonProperty().get()).isEqualTo(vm.statusProperty().get());
    assertThat(vm.connectCommand().isExecutable()).isTrue();

    device.tell(l -> l.onReconnected(device));

    assertThat(vm.statusProperty().get()).isEqualTo("Reconnected");
    assertThat(vm.deviceProperty().get()).isSameAs(device);
    assertThat(vm.lastReasonProperty().get()).isEmpty();
  }

  @Test
  void changedServicesRebuildTheTreeAndKeepNotificationsOn() {
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    hr.notifications().notifyProperty().set(true);
    var db = device.services().orElseThrow();

    device.tell(l -> l.onServicesChanged(device, db));

    CharacteristicViewModel now = at(Peripherals.HR_VALUE);
    assertThat(now).isNotSameAs(hr);
    assertThat(now.notifications().notifyProperty().get()).isTrue();
    assertThat(now.notifications().activeProperty().get()).isTrue();
    assertThat(hr.notifications().activeProperty().get()).isFalse();
    assertThat(device.subscribed(Peripherals.HR_VALUE)).isTrue();
  }

  @Test
  void autoReconnectIsRememberedPerDevice() {
    vm.autoReconnectProperty().set(true);
    DeviceViewModel again =
        new DeviceViewModel(
            t.ctx, new SimpleObjectProperty<>(backend), HRM, AddressType.PUBLIC, "HRM");
    DeviceViewModel other =
        new DeviceViewModel(
            t.ctx,
            new SimpleObjectProperty<>(backend),
            BleAddress.parse("01:02:03:04:05:06"),
            AddressType.PUBLIC,
            "");

    assertThat(again.autoReconnectProperty().get()).isTrue();
    assertThat(other.autoReconnectProperty().get()).isFalse();
  }

  @Test
  void disconnectByTheUserShowsNoReasonAndDoesNotReconnect() {
    vm.autoReconnectProperty().set(true);

    vm.disconnectCommand().execute();

    assertThat(vm.statusProperty().get()).isEqualTo("Disconnected");
    assertThat(vm.lastReasonProperty().get()).isEmpty();
    assertThat(backend.connects()).isEqualTo(1);
  }

  @Test
  void aFailedConnectionSaysWhy() {
    DeviceViewModel nobody =
        new DeviceViewModel(
            t.ctx,
            new SimpleObjectProperty<>(backend),
            BleAddress.parse("01:02:03:04:05:06"),
            AddressType.RANDOM,
            "");

    nobody.connectCommand().execute();

    assertThat(nobody.statusProperty().get()).startsWith("Connection failed: No answer in time");
    assertThat(nobody.title()).isEqualTo("01:02:03:04:05:06");
  }

  @Test
  void descriptorsAreReadableAndTheCccdIsShownDecoded() {
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);
    DescriptorViewModel cccd = hr.descriptors().get(0);
    device.value(Peripherals.HR_CCCD, new byte[] {1, 0});

    cccd.readCommand().execute();

    assertThat(cccd.valueTextProperty().get())
        .isEqualTo("notifications on, indications off (0x0001)");
  }

  @Test
  void plotOpensTheChartForNotifiableCharacteristicsOnly() {
    at(Peripherals.HR_VALUE).plotCommand().execute();
    assertThat(at(Peripherals.NAME_VALUE).plotCommand().isExecutable()).isFalse();
    assertThat(t.chartsOpened).containsExactly("Unknown");
  }

  @Test
  void aChartThatCannotOpenSaysWhyOnTheCharacteristic() {
    t.chartOpenResult =
        CompletableFuture.failedFuture(
            new BleTimeoutException(
                "waiting for a notification to learn its chart channels", Duration.ofSeconds(10)));
    CharacteristicViewModel hr = at(Peripherals.HR_VALUE);

    hr.plotCommand().execute();

    assertThat(hr.errorProperty().get())
        .startsWith("Plot failed:")
        .contains("waiting for a notification");
  }
}
