package io.gattscope.app.device;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.util.Command;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import io.gattscope.gatt.format.Hex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One characteristic: its latest value in a chosen format, decoded fields, read, the write editor,
 * notifications (see {@link NotificationSwitch}) and a bounded history.
 */
public final class CharacteristicViewModel {
  /** How many history entries are kept. */
  public static final int HISTORY_CAPACITY = 1000;

  /** The format that shows the SIG decoder's fields in one line. */
  public static final String DECODED = "SIG decoded";

  /** The format the characteristic's Presentation Format descriptor describes. */
  public static final String PRESENTATION = "as 0x2904";

  private final AppContext ctx;
  private final ReadOnlyObjectProperty<BleDevice> device;
  private final GattCharacteristic characteristic;
  private final String formatKey;
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<byte[]> value = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<String> format = new SimpleObjectProperty<>();
  private final ValueText texts;
  private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper rawHex = new ReadOnlyStringWrapper("");
  private final ObservableList<GattKnowledge.Field> fields = FXCollections.observableArrayList();
  private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper pairingSuggested = new ReadOnlyBooleanWrapper(false);
  private final List<DescriptorViewModel> descriptors = new ArrayList<>();
  private final WriteEditorViewModel editor;
  private final NotificationSwitch notifications;
  private final Command read;
  private final Command pairAndRead;
  private final Command plot;
  private final AtomicLong plotted = new AtomicLong();
  private boolean formatChosenByUser;

  CharacteristicViewModel(
      AppContext ctx,
      ReadOnlyObjectProperty<BleDevice> device,
      GattCharacteristic characteristic,
      Supplier<CompletableFuture<Void>> pairer) {
    this.ctx = ctx;
    this.device = device;
    this.characteristic = characteristic;
    this.formatKey =
        "format."
            + (device.get() == null ? "" : device.get().address() + "/")
            + characteristic.uuid();
    name.set(ctx.knowledge().characteristicName(characteristic.uuid()).orElse("Unknown"));
    texts = new ValueText(ctx.knowledge(), characteristic.uuid());
    String remembered = ctx.settings().get(formatKey, "");
    formatChosenByUser = !remembered.isEmpty() && !remembered.equals(PRESENTATION);
    format.set(formatChosenByUser ? remembered : texts.decodable() ? DECODED : "hex");
    format.addListener(
        (o, a, b) -> {
          if (b != null) {
            formatChosenByUser = true;
            ctx.settings().put(formatKey, b);
            refreshText();
          }
        });
    characteristic
        .descriptors()
        .forEach(d -> descriptors.add(new DescriptorViewModel(ctx, device, d)));
    editor = new WriteEditorViewModel(ctx, device, characteristic, this::write);
    editor.formatProperty().set("hex");
    editor.resetFormatChoice();
    notifications = new NotificationSwitch(ctx, device, this);
    read =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () ->
                    device.get() != null
                        && GattArguments.propertyProblem(
                                characteristic, CharacteristicProperty.READ)
                            .isEmpty(),
                device),
            this::read);
    pairAndRead =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () -> device.get() != null && pairingSuggested.get(), device, pairingSuggested),
            () -> pairer.get().thenCompose(v -> runOnUi(this::read)));
    plot =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () -> device.get() != null && notifications.canNotify(), device),
            () -> {
              BleDevice d = device.get();
              return ctx.charts()
                  .open(new PlotDevice(d, ctx.log(), label(), plotted), characteristic, name.get())
                  .whenComplete(
                      (v, e) ->
                          ctx.ui()
                              .execute(
                                  () -> {
                                    if (e != null) {
                                      fail(d, "Plot", e);
                                    }
                                  }));
            });
  }

  private CompletableFuture<byte[]> runOnUi(Supplier<CompletableFuture<byte[]>> action) {
    CompletableFuture<byte[]> f = new CompletableFuture<>();
    ctx.ui().execute(() -> action.get().whenComplete((v, e) -> complete(f, v, e)));
    return f;
  }

  private static <T> void complete(CompletableFuture<T> f, T v, Throwable e) {
    if (e != null) {
      f.completeExceptionally(e);
    } else {
      f.complete(v);
    }
  }

  /** Reads the value (one read, then read blob when it fills a whole PDU). */
  public CompletableFuture<byte[]> read() {
    BleDevice d = device.get();
    int handle = characteristic.valueHandle();
    return d.readHandleAsync(handle)
        .thenCompose(
            v ->
                GattArguments.mayContinue(v.length, d.mtu())
                    ? d.readLongHandleAsync(handle)
                    : CompletableFuture.completedFuture(v))
        .whenComplete((v, e) -> ctx.ui().execute(() -> afterRead(d, v, e)));
  }

  private void afterRead(BleDevice d, byte[] v, Throwable e) {
    if (e != null) {
      fail(d, "Read", e);
      pairingSuggested.set(ErrorText.needsPairing(e));
      return;
    }
    pairingSuggested.set(false);
    error.set("");
    show(v);
    record(HistoryEntry.Kind.READ, v);
    ctx.log().info(d.address().toString(), "Read " + label() + ": " + Hex.format(v));
  }

  private CompletableFuture<Void> write(byte[] bytes, WriteType type) {
    BleDevice d = device.get();
    int handle = characteristic.valueHandle();
    boolean isLong = GattArguments.needsLongWrite(bytes.length, type, d.mtu());
    CompletableFuture<Void> f =
        isLong ? d.writeLongHandleAsync(handle, bytes) : d.writeHandleAsync(handle, bytes, type);
    return f.whenComplete(
        (v, e) ->
            ctx.ui()
                .execute(
                    () -> {
                      if (e != null) {
                        fail(d, "Write", e);
                      } else {
                        error.set("");
                        record(HistoryEntry.Kind.WRITE, bytes);
                        ctx.log()
                            .info(
                                d.address().toString(),
                                (isLong ? "Long write " : "Write ")
                                    + label()
                                    + ": "
                                    + Hex.format(bytes));
                      }
                    }));
  }

  void fail(BleDevice d, String what, Throwable e) {
    String text = ErrorText.failed(what, e);
    error.set(text);
    history(new HistoryEntry(ctx.clock().instant(), HistoryEntry.Kind.ERROR, new byte[0], text));
    ctx.log().error(d == null ? "" : d.address().toString(), text + " on " + label());
  }

  void show(byte[] v) {
    value.set(v);
    refreshText();
  }

  void record(HistoryEntry.Kind kind, byte[] v) {
    history(new HistoryEntry(ctx.clock().instant(), kind, v, text(v)));
  }

  /** The value in the chosen format. */
  String text(byte[] v) {
    return texts.text(format.get(), v);
  }

  void history(HistoryEntry entry) {
    history.add(entry);
    if (history.size() > HISTORY_CAPACITY) {
      history.remove(0, history.size() - HISTORY_CAPACITY);
    }
  }

  private void refreshText() {
    byte[] v = value.get();
    if (v == null) {
      return;
    }
    valueText.set(text(v));
    rawHex.set(Hex.format(v));
    fields.setAll(ctx.knowledge().decode(characteristic.uuid(), v));
  }

  /** Uses the user description (0x2901) as the name. */
  void applyUserDescription(String label) {
    if (!label.isBlank()) {
      name.set(label);
    }
  }

  /** Offers the Presentation Format (0x2904) as a format, the default unless the user chose one. */
  void applyPresentationFormat(byte[] value) {
    texts.presentation(value);
    editor.usePresentation(value);
    if (!formatChosenByUser) {
      format.set(PRESENTATION);
      formatChosenByUser = false;
      refreshText();
    }
  }

  String label() {
    return String.format(
        Locale.ROOT,
        "%s (%s, handle 0x%04X)",
        name.get(),
        uuidText(),
        characteristic.valueHandle());
  }

  public GattCharacteristic characteristic() {
    return characteristic;
  }

  /** The UUID, short when on the SIG base. */
  public String uuidText() {
    return Uuids.format(characteristic.uuid());
  }

  /** The properties as letters: B R WnR W N I S X. */
  public String propertiesText() {
    List<String> out = new ArrayList<>();
    for (CharacteristicProperty p : characteristic.propertySet()) {
      out.add(
          switch (p) {
            case BROADCAST -> "B";
            case READ -> "R";
            case WRITE_WITHOUT_RESPONSE -> "WnR";
            case WRITE -> "W";
            case NOTIFY -> "N";
            case INDICATE -> "I";
            case AUTHENTICATED_SIGNED_WRITES -> "S";
            case EXTENDED_PROPERTIES -> "X";
          });
    }
    return String.join(" ", out);
  }

  /** Shows a name the user just gave this characteristic's UUID. */
  public void useName(String newName) {
    name.set(newName);
  }

  /** User label, SIG name or "Unknown". */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<byte[]> valueProperty() {
    return value.getReadOnlyProperty();
  }

  /** The formats the value can be shown in (decoded and 0x2904 first when they apply). */
  public ObservableList<String> formats() {
    return texts.formats();
  }

  /** The format the value is shown in; remembered per characteristic UUID. */
  public ObjectProperty<String> formatProperty() {
    return format;
  }

  public ReadOnlyStringProperty valueTextProperty() {
    return valueText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty rawHexProperty() {
    return rawHex.getReadOnlyProperty();
  }

  /** Decoded fields of a SIG characteristic value. */
  public ObservableList<GattKnowledge.Field> fields() {
    return fields;
  }

  /** Reads, writes, notifications and failures, oldest first (bounded). */
  public ObservableList<HistoryEntry> history() {
    return history;
  }

  /** The latest failure in words and code; empty after a success. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True after a read failed for lack of authentication or encryption. */
  public ReadOnlyBooleanProperty pairingSuggestedProperty() {
    return pairingSuggested.getReadOnlyProperty();
  }

  public List<DescriptorViewModel> descriptors() {
    return descriptors;
  }

  public WriteEditorViewModel editor() {
    return editor;
  }

  public NotificationSwitch notifications() {
    return notifications;
  }

  public Command readCommand() {
    return read;
  }

  /** Pairs, then reads again. */
  public Command pairAndReadCommand() {
    return pairAndRead;
  }

  /** Notifications the plots of this characteristic received. */
  public long plotted() {
    return plotted.get();
  }

  /** Opens a live plot of the notifications. */
  public Command plotCommand() {
    return plot;
  }

  /** Moves queued notifications into the history (called every tick). */
  void flush() {
    notifications.flush();
  }
}
