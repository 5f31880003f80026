package io.gattscope.app.view;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.stream.uart.UartPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks which characteristic the console listens to and which it writes. */
final class ConsoleDialog {
  private ConsoleDialog() {}

  /** The pair the user picked, or empty when cancelled or the device has no such pair. */
  static Optional<UartPair> ask(Window owner, GattDatabase db, GattKnowledge knowledge) {
    List<GattCharacteristic> notify =
        db.characteristics().stream()
            .filter(
                c -> c.has(CharacteristicProperty.NOTIFY) || c.has(CharacteristicProperty.INDICATE))
            .toList();
    List<GattCharacteristic> write =
        db.characteristics().stream()
            .filter(
                c ->
                    c.has(CharacteristicProperty.WRITE)
                        || c.has(CharacteristicProperty.WRITE_WITHOUT_RESPONSE))
            .toList();
    Dialog<UartPair> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Open console");
    dialog.setHeaderText("The device sends text on one characteristic and reads it on another");
    ComboBox<GattCharacteristic> tx = picker("consoleTxPicker", notify, knowledge);
    tx.setTooltip(new Tooltip("The characteristic whose notifications carry the device's text"));
    ComboBox<GattCharacteristic> rx = picker("consoleRxPicker", write, knowledge);
    rx.setTooltip(new Tooltip("The characteristic the console writes your lines to"));
    UartPair.nus(db)
        .ifPresent(
            n -> {
              tx.setValue(n.tx());
              rx.setValue(n.rx());
            });
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Receive (notify)"), tx);
    grid.addRow(1, new Label("Send (write)"), rx);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(tx.valueProperty().isNull().or(rx.valueProperty().isNull()));
    dialog.setResultConverter(
        b -> b == ButtonType.OK ? new UartPair(tx.getValue(), rx.getValue()) : null);
    return dialog.showAndWait();
  }

  private static ComboBox<GattCharacteristic> picker(
      String id, List<GattCharacteristic> choices, GattKnowledge knowledge) {
    ComboBox<GattCharacteristic> box = new ComboBox<>();
    box.setId(id);
    box.getItems().setAll(choices);
    box.setPlaceholder(new Label("The device has none"));
    box.setCellFactory(v -> new Cell(knowledge));
    box.setButtonCell(new Cell(knowledge));
    return box;
  }

  /** "0x000A Name (uuid)". */
  private static final class Cell extends ListCell<GattCharacteristic> {
    private final GattKnowledge knowledge;

    Cell(GattKnowledge knowledge) {
      this.knowledge = knowledge;
    }

    @Override
    protected void updateItem(GattCharacteristic c, boolean empty) {
      super.updateItem(c, empty);
      setText(
          empty || c == null
              ? null
              : String.format(Locale.ROOT, "0x%04X ", c.valueHandle())
                  + knowledge.characteristicName(c.uuid()).map(n -> n + " ").orElse("")
                  + c.uuid());
    }
  }
}
