package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AttError;
import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.SupervisedDevice;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.bluez.fake.FakeCharacteristic;
import io.gattscope.testsupport.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.bluez.Error.Failed;
import org.bluez.Error.InProgress;
import org.bluez.Error.InvalidValueLength;
import org.bluez.Error.NotAuthorized;
import org.bluez.Error.NotConnected;
import org.bluez.Error.NotPermitted;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BluezGattTest {
  private FakeBluezFixture f;
  private BleDevice d;

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
    d = f.connect();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  private BluezDevice raw() {
    return (BluezDevice) ((SupervisedDevice) d).link().orElseThrow();
  }

  @Test
  void readsByValueHandleUuidAndOffset() {
    f.control.value(new byte[] {1, 2, 3, 4, 5});
    assertThat(d.read(CharacteristicRef.handle(0x0011))).containsExactly(1, 2, 3, 4, 5);
    assertThat(d.read(CharacteristicRef.parse("2a39"))).containsExactly(1, 2, 3, 4, 5);
    assertThat(raw().readHandleAsync(0x0011, 3).join()).containsExactly(4, 5);
    byte[] longValue = new byte[300];
    for (int i = 0; i < longValue.length; i++) {
      longValue[i] = (byte) i;
    }
    f.control.value(longValue);
    assertThat(d.readLong(CharacteristicRef.handle(0x0011))).isEqualTo(longValue);
    assertThat(d.readHandleAsync(0x000f).join()).containsExactly(0, 0);
  }

  @Test
  void writesRequestAndCommandWithTheirTypeAndOffset() {
    d.write(CharacteristicRef.handle(0x0011), new byte[] {7, 8}, WriteType.REQUEST);
    d.write(CharacteristicRef.handle(0x0011), new byte[] {9}, WriteType.COMMAND);
    raw().writeHandleAsync(0x0011, new byte[] {6}, WriteType.REQUEST, 1).join();
    List<FakeCharacteristic.Write> writes = f.control.writes();
    assertThat(writes).hasSize(3);
    assertThat(writes.get(0).value()).containsExactly(7, 8);
    assertThat(writes.get(0).type()).isEqualTo("request");
    assertThat(writes.get(0).offset()).isZero();
    assertThat(writes.get(1).type()).isEqualTo("command");
    assertThat(writes.get(2).offset()).isEqualTo(1);
    assertThat(f.control.value()).containsExactly(9, 6);
  }

  @Test
  void longWritesGoOutWholeAndOversizedWritesAreRefusedBeforeSending() {
    byte[] big = new byte[400];
    d.writeLong(CharacteristicRef.handle(0x0011), big);
    assertThat(f.control.writes())
        .singleElement()
        .satisfies(w -> assertThat(w.value()).hasSize(400));
    assertThatThrownBy(() -> d.writeHandleAsync(0x0011, big, WriteType.COMMAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MTU 185 allows 182 bytes");
    assertThatThrownBy(() -> d.writeLongHandleAsync(0x0011, new byte[513]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("512");
    assertThatThrownBy(() -> d.readHandleAsync(0x0099))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("0x0099");
    assertThat(f.control.writes()).hasSize(1);
    // a write request longer than MTU - 3 is allowed: BlueZ sends it as a long write
    d.write(CharacteristicRef.handle(0x0011), big, WriteType.REQUEST);
    assertThat(f.control.writes()).hasSize(2);
    assertThat(f.control.writes().get(1).value()).hasSize(400);
  }

  @Test
  void notificationsArriveInOrderAndUnsubscribeStopsNotify() throws Exception {
    GattCharacteristic hr = d.discover().characteristics().get(0);
    int count = 200;
    List<Integer> got = new ArrayList<>();
    CountDownLatch all = new CountDownLatch(count);
    Subscription sub =
        d.subscribeAsync(
                hr,
                SubscriptionType.NOTIFY,
                (handle, value, ts) -> {
                  assertThat(handle).isEqualTo(0x000e);
                  got.add(value[0] & 0xFF | (value[1] & 0xFF) << 8);
                  all.countDown();
                })
            .get(5, TimeUnit.SECONDS);
    // the native-unixsocket transport passes no descriptors, so AcquireNotify is not tried
    assertThat(f.measurement.calls()).containsExactly("StartNotify");
    for (int i = 0; i < count; i++) {
      f.measurement.notifyValue(new byte[] {(byte) i, (byte) (i >> 8)});
    }
    assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expected.add(i);
    }
    assertThat(got).isEqualTo(expected);
    assertThat(sub.delivered()).isEqualTo(count);
    sub.close();
    assertThat(sub.isActive()).isFalse();
    d.read(CharacteristicRef.handle(0x0011)); // queued after StopNotify, so StopNotify has run
    assertThat(f.measurement.calls()).containsExactly("StartNotify", "StopNotify");
    f.measurement.notifyValue(new byte[] {1, 1});
    d.read(CharacteristicRef.handle(0x0011));
    assertThat(sub.delivered()).isEqualTo(count);
  }

  @Test
  void subscribingToAnUnsupportedKindIsRefusedBeforeSending() {
    GattCharacteristic control = d.discover().characteristics().get(1);
    assertThatThrownBy(() -> d.subscribeAsync(control, SubscriptionType.NOTIFY, (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notify");
    GattCharacteristic hr = d.discover().characteristics().get(0);
    assertThatThrownBy(() -> d.subscribeAsync(hr, SubscriptionType.INDICATE, (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicate");
    assertThat(f.measurement.calls()).isEmpty();
  }

  private GattException readFails(Supplier<DBusExecutionException> error) {
    f.control.failNext(error);
    return (GattException)
        Assertions.catchThrowable(() -> d.read(CharacteristicRef.handle(0x0011)));
  }

  private Throwable writeFails(Supplier<DBusExecutionException> error) {
    f.control.failNext(error);
    return Assertions.catchThrowable(
        () -> d.write(CharacteristicRef.handle(0x0011), new byte[] {1}));
  }

  @Test
  void bluezErrorsMapToAttCodesKeepingTheirNames() {
    GattException read = readFails(() -> new NotPermitted("Read not permitted"));
    assertThat(read.attErrorCode()).isEqualTo(AttError.READ_NOT_PERMITTED);
    assertThat(read.handle()).isEqualTo(0x0011);
    assertThat(((BluezGattException) read).errorName()).isEqualTo("org.bluez.Error.NotPermitted");

    assertThat(writeFails(() -> new NotPermitted("Write not permitted")))
        .isInstanceOfSatisfying(
            BluezGattException.class,
            e -> {
              assertThat(e.attErrorCode()).isEqualTo(AttError.WRITE_NOT_PERMITTED);
              assertThat(e.errorText()).isEqualTo("Write not permitted");
            });
    assertThat(readFails(() -> new NotPermitted("Not paired")).attErrorCode())
        .isEqualTo(AttError.INSUFFICIENT_AUTHENTICATION);
    assertThat(readFails(() -> new NotAuthorized("")).attErrorCode())
        .isEqualTo(AttError.INSUFFICIENT_AUTHORIZATION);
    assertThat(writeFails(() -> new InvalidValueLength("")))
        .isInstanceOfSatisfying(
            GattException.class,
            e -> assertThat(e.attErrorCode()).isEqualTo(AttError.INVALID_ATTRIBUTE_VALUE_LENGTH));
    assertThat(readFails(() -> new Failed("Operation failed with ATT error: 0x80")).attErrorCode())
        .isEqualTo(0x80);
    assertThat(writeFails(() -> new InProgress("In Progress")))
        .isInstanceOfSatisfying(
            BackendException.class,
            e -> {
              assertThat(e.resultName()).isEqualTo("org.bluez.Error.InProgress");
              assertThat(e).hasMessageContaining("In Progress");
            });
    assertThat(writeFails(() -> new NotConnected("Not Connected")))
        .isInstanceOf(NotConnectedException.class);
    // the queue went on after every failure
    f.control.value(new byte[] {42});
    assertThat(d.read(CharacteristicRef.handle(0x0011))).containsExactly(42);
  }

  @Test
  void operationsRunOneAtATimeInCallOrder() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    f.measurement.holdReads(gate);
    var first = d.readHandleAsync(0x000e);
    var second = d.writeHandleAsync(0x0011, new byte[] {5}, WriteType.REQUEST);
    var third = d.readHandleAsync(0x0011);
    String readArrived = "ReadValue arrived " + f.measurement.path();
    Waits.waitFor(() -> f.bluez.journal().contains(readArrived));
    assertThat(f.control.writes()).as("the write waits while the read is held").isEmpty();
    gate.countDown();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(third.get(5, TimeUnit.SECONDS)).containsExactly(5);
    List<String> journal = f.bluez.journal();
    assertThat(journal.indexOf("WriteValue " + f.control.path()))
        .as("the fake saw the write only after it answered the read: %s", journal)
        .isGreaterThan(journal.indexOf("ReadValue answered " + f.measurement.path()));
  }
}
