package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same bad call gets the same refusal, word for word, from every backend: each backend's test
 * package extends this with a connected device.
 */
public abstract class BadCallContract {

  /**
   * A connected device of the backend under test.
   *
   * @return the device
   */
  protected abstract BleDevice device();

  private static final GattCharacteristic READ_ONLY =
      new GattCharacteristic(
          Uuids.fromShort(0x2A00), Uuids.fromShort(0x1800), 0x0002, 0x0003, 0x02, List.of());

  @Test
  public void handleOutOfRange() {
    assertThatThrownBy(() -> device().readHandleAsync(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handle 0 is out of range 0x0001..0xFFFF");
    assertThatThrownBy(() -> device().writeHandleAsync(0x10000, new byte[] {1}, WriteType.REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handle 65536 is out of range 0x0001..0xFFFF");
  }

  @Test
  public void readAndReadLongRefuseABadHandleAlike() {
    for (int handle : new int[] {0, 0x10000}) {
      String message = "handle " + handle + " is out of range 0x0001..0xFFFF";
      assertThatThrownBy(() -> device().readHandleAsync(handle))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> device().readLongHandleAsync(handle))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }
  }

  /**
   * Whether the backend knows where the device's attribute table ends. BlueZ publishes no end
   * handles (the end of a service is inferred from the objects it exposes), so it refuses an
   * unknown handle as an attribute it did not discover instead.
   *
   * @return true when a handle past the discovered table is refused as beyond it
   */
  protected boolean knowsWhereTheTableEnds() {
    return true;
  }

  @Test
  public void readAndReadLongRefuseAHandleBeyondTheTableAlike() {
    GattDatabase table = device().services().orElseGet(() -> device().discover());
    int last = table.services().get(table.services().size() - 1).endHandle();
    assertThat(last).as("the test device's table ends below 0xFFFF").isLessThan(0xFFFF);
    int past = last + 1;
    Throwable read = catchThrowable(() -> device().readHandleAsync(past));
    Throwable readLong = catchThrowable(() -> device().readLongHandleAsync(past));
    assertThat(read).as("a read of a handle beyond the table").isNotNull();
    assertThat(readLong).hasSameClassAs(read).hasMessage(read.getMessage());
    if (knowsWhereTheTableEnds()) {
      String message =
          String.format(
              "handle 0x%04X is beyond the last handle 0x%04X of %s",
              past, last, device().address());
      assertThat(read).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
      assertThatThrownBy(() -> device().writeHandleAsync(past, new byte[] {1}, WriteType.REQUEST))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    } else {
      assertThat(read).isInstanceOf(AttributeLookupException.class);
    }
  }

  @Test
  public void mtuOutsideTheAttRange() {
    assertThatThrownBy(() -> device().requestMtuAsync(22))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ATT MTU lies in 23 .. 517, got 22");
    assertThatThrownBy(() -> device().requestMtuAsync(518))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ATT MTU lies in 23 .. 517, got 518");
  }

  @Test
  public void emptyValue() {
    assertThatThrownBy(() -> device().writeHandleAsync(0x0003, new byte[0], WriteType.REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nothing to write: the value is empty");
    assertThatThrownBy(() -> device().writeLongHandleAsync(0x0003, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nothing to write: the value is empty");
  }

  @Test
  public void writeWithoutResponseLongerThanMtuMinus3() {
    int mtu = device().mtu();
    int length = mtu - 2;
    assertThatThrownBy(() -> device().writeHandleAsync(0x0003, new byte[length], WriteType.COMMAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            length
                + " bytes do not fit a write without response: MTU "
                + mtu
                + " allows "
                + (mtu - 3)
                + " bytes");
  }

  @Test
  public void valueLongerThanAnAttribute() {
    assertThatThrownBy(() -> device().writeLongHandleAsync(0x0003, new byte[513]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("513 bytes do not fit an attribute value: 512 bytes at most");
    assertThatThrownBy(() -> device().writeHandleAsync(0x0003, new byte[513], WriteType.REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("513 bytes do not fit an attribute value: 512 bytes at most");
  }

  @Test
  public void subscribingToACharacteristicThatCannotNotify() {
    assertThatThrownBy(
            () -> device().subscribeAsync(READ_ONLY, SubscriptionType.NOTIFY, (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "characteristic 0x2A00 at handle 0x0003 cannot notify: its properties are [READ]");
    assertThatThrownBy(
            () -> device().subscribeAsync(READ_ONLY, SubscriptionType.INDICATE, (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "characteristic 0x2A00 at handle 0x0003 cannot indicate: its properties are [READ]");
  }
}
