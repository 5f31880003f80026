package io.gattscope.app.view;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The explorer's keyboard shortcuts, listed once for the Help sheet (tooltips name the same keys).
 */
final class Shortcuts {
  /** One key and what it does. */
  record Shortcut(String keys, String action) {}

  static final List<Shortcut> ALL =
      List.of(
          new Shortcut("F5", "Start or stop scanning"),
          new Shortcut("Ctrl+F", "Filter the scan list"),
          new Shortcut("Enter (scan list)", "Connect to the selected advertiser"),
          new Shortcut("Enter (write field)", "Write the value"),
          new Shortcut("Ctrl+R or Ctrl+Enter", "Read the selected characteristic or descriptor"),
          new Shortcut("Ctrl+Shift+Enter", "Write the value of the selected characteristic"),
          new Shortcut("Ctrl+N", "Turn notifications of the selected characteristic on or off"),
          new Shortcut("Ctrl+W", "Close the current device tab (disconnects)"),
          new Shortcut("Escape", "Leave the text field"),
          new Shortcut("F1", "This list"));

  private Shortcuts() {}

  /** Shows the sheet over the owner window. */
  static void show(Window owner) {
    GridPane grid = new GridPane();
    grid.setId("shortcutSheet");
    grid.setHgap(18);
    grid.setVgap(6);
    for (int i = 0; i < ALL.size(); i++) {
      Label keys = new Label(ALL.get(i).keys());
      keys.getStyleClass().add("shortcut-keys");
      grid.addRow(i, keys, new Label(ALL.get(i).action()));
    }
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.getDialogPane().setContent(grid);
    alert.show();
  }
}
