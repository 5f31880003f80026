package io.gattscope.app.device;

import io.gattscope.app.util.Command;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.WriteType;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The write editor of a characteristic: text in a chosen format, validated as it is typed (the
 * error shows under the field and Write stays disabled while it is invalid), and the write type.
 */
public final class WriteEditorViewModel {
  /** The longest attribute value ATT allows, in bytes. */
  public static final int MAX_VALUE = GattArguments.MAX_VALUE;

  private final AppContext ctx;
  private final ReadOnlyObjectProperty<BleDevice> device;
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<String> format = new SimpleObjectProperty<>("hex");
  private final ObjectProperty<WriteType> type = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
  private final boolean writable;
  private final GattCharacteristic characteristic;
  private final Command write;
  private byte[] parsed = new byte[0];
  private final ObservableList<String> formats;
  private volatile byte[] presentation;
  private boolean formatChosenByUser;

  /**
   * @param send performs the write of the parsed bytes with the chosen type
   */
  WriteEditorViewModel(
      AppContext ctx,
      ReadOnlyObjectProperty<BleDevice> device,
      GattCharacteristic characteristic,
      BiFunction<byte[], WriteType, CompletableFuture<Void>> send) {
    this.ctx = ctx;
    this.device = device;
    this.formats = FXCollections.observableArrayList(ctx.knowledge().formats());
    this.characteristic = characteristic;
    writable = GattArguments.writable(characteristic);
    type.set(
        GattArguments.writeTypeProblem(characteristic, WriteType.REQUEST).isEmpty() || !writable
            ? WriteType.REQUEST
            : WriteType.COMMAND);
    text.addListener((o, a, b) -> validate());
    format.addListener(
        (o, a, b) -> {
          formatChosenByUser = true;
          validate();
        });
    type.addListener((o, a, b) -> validate());
    device.addListener((o, a, b) -> validate());
    write =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () -> writable && valid.get() && device.get() != null, valid, device),
            () -> send.apply(parsed.clone(), type.get()));
  }

  private void validate() {
    String t = text.get();
    if (t == null || t.isEmpty()) {
      error.set("");
      valid.set(false);
      return;
    }
    try {
      byte[] pf = presentation;
      byte[] bytes =
          CharacteristicViewModel.PRESENTATION.equals(format.get()) && pf != null
              ? ctx.knowledge().parsePresentation(pf, t)
              : ctx.knowledge().parse(format.get(), t);
      String problem = writable ? GattArguments.writeTypeProblem(characteristic, type.get()) : "";
      if (problem.isEmpty()) {
        problem = lengthProblem(bytes.length);
      }
      parsed = bytes;
      error.set(problem);
      valid.set(problem.isEmpty());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      valid.set(false);
    }
  }

  private String lengthProblem(int length) {
    BleDevice d = device.get();
    return GattArguments.writeProblem(
        length, type.get(), d == null ? GattArguments.DEFAULT_MTU : d.mtu());
  }

  /** True when the characteristic accepts writes at all. */
  public boolean writable() {
    return writable;
  }

  /** The text to write. */
  public StringProperty textProperty() {
    return text;
  }

  /**
   * Offers the characteristic's 0x2904 format for input and makes it the default unless the user
   * already picked a format.
   */
  void usePresentation(byte[] presentationFormat) {
    presentation = presentationFormat.clone();
    if (!formats.contains(CharacteristicViewModel.PRESENTATION)) {
      formats.add(0, CharacteristicViewModel.PRESENTATION);
    }
    if (!formatChosenByUser) {
      format.set(CharacteristicViewModel.PRESENTATION);
      formatChosenByUser = false;
    }
  }

  /** Forgets that a format was chosen (after the initial default is set). */
  void resetFormatChoice() {
    formatChosenByUser = false;
  }

  /** The formats the editor accepts (the 0x2904 one first when the characteristic has it). */
  public ObservableList<String> formats() {
    return formats;
  }

  /** The format the text is in. */
  public ObjectProperty<String> formatProperty() {
    return format;
  }

  /** Request (acknowledged) or command. */
  public ObjectProperty<WriteType> typeProperty() {
    return type;
  }

  /** Why the text cannot be written; empty when it can (or is empty). */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Sends the value. */
  public Command writeCommand() {
    return write;
  }
}
