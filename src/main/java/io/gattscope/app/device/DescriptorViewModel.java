package io.gattscope.app.device;

import io.gattscope.app.util.Command;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import io.gattscope.gatt.format.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A descriptor row: reads and writes its value; the CCCD is shown decoded. */
public final class DescriptorViewModel {
  private final AppContext ctx;
  private final ReadOnlyObjectProperty<BleDevice> device;
  private final GattDescriptor descriptor;
  private final String name;
  private final ReadOnlyObjectWrapper<byte[]> value = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final StringProperty writeText = new SimpleStringProperty("");
  private final Command read;
  private final Command write;

  DescriptorViewModel(
      AppContext ctx, ReadOnlyObjectProperty<BleDevice> device, GattDescriptor descriptor) {
    this.ctx = ctx;
    this.device = device;
    this.descriptor = descriptor;
    this.name = ctx.knowledge().descriptorName(descriptor.uuid()).orElse("Unknown");
    read = new Command(ctx.ui(), device.isNotNull(), this::read);
    write =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () -> device.get() != null && !writeText.get().isBlank(), device, writeText),
            this::write);
  }

  /** Reads the descriptor. */
  public CompletableFuture<byte[]> read() {
    BleDevice d = device.get();
    int handle = descriptor.handle();
    return d.readHandleAsync(handle)
        .thenCompose(
            v ->
                GattArguments.mayContinue(v.length, d.mtu())
                    ? d.readLongHandleAsync(handle)
                    : CompletableFuture.completedFuture(v))
        .whenComplete(
            (v, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            fail("Read", e);
                          } else {
                            show(v);
                            ctx.log()
                                .info(d.address().toString(), label() + " read: " + Hex.format(v));
                          }
                        }));
  }

  private CompletableFuture<Void> write() {
    byte[] bytes;
    try {
      bytes = ctx.knowledge().parse("hex", writeText.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return CompletableFuture.completedFuture(null);
    }
    BleDevice d = device.get();
    return d.writeHandleAsync(descriptor.handle(), bytes, WriteType.REQUEST)
        .whenComplete(
            (v, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            fail("Write", e);
                          } else {
                            show(bytes);
                            ctx.log()
                                .info(
                                    d.address().toString(),
                                    label() + " written: " + Hex.format(bytes));
                          }
                        }));
  }

  private void fail(String what, Throwable e) {
    error.set(ErrorText.failed(what, e));
    BleDevice d = device.get();
    ctx.log().error(d == null ? "" : d.address().toString(), label() + " " + error.get());
  }

  void show(byte[] v) {
    error.set("");
    value.set(v);
    valueText.set(decode(v));
  }

  private String decode(byte[] v) {
    if (descriptor.uuid().equals(GattDescriptor.CCCD) && v.length >= 2) {
      int bits = (v[0] & 0xFF) | (v[1] & 0xFF) << 8;
      String n = (bits & 1) != 0 ? "notifications on" : "notifications off";
      String i = (bits & 2) != 0 ? "indications on" : "indications off";
      return String.format(Locale.ROOT, "%s, %s (0x%04X)", n, i, bits);
    }
    if (descriptor.uuid().equals(GattDescriptor.USER_DESCRIPTION)) {
      return new String(v, StandardCharsets.UTF_8);
    }
    return Hex.format(v);
  }

  private String label() {
    return String.format(Locale.ROOT, "descriptor %s (0x%04X)", name, descriptor.handle());
  }

  public GattDescriptor descriptor() {
    return descriptor;
  }

  /** The SIG name or "Unknown". */
  public String name() {
    return name;
  }

  /** The UUID, short when on the SIG base. */
  public String uuidText() {
    return Uuids.format(descriptor.uuid());
  }

  public ReadOnlyObjectProperty<byte[]> valueProperty() {
    return value.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty valueTextProperty() {
    return valueText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Hex bytes to write. */
  public StringProperty writeTextProperty() {
    return writeText;
  }

  public Command readCommand() {
    return read;
  }

  public Command writeCommand() {
    return write;
  }
}
