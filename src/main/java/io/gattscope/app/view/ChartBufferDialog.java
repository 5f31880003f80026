package io.gattscope.app.view;

import io.gattscope.app.chart.ChartBufferSetting;
import io.gattscope.app.util.Settings;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the number of samples per channel each new chart keeps, refusing bad input in place. */
final class ChartBufferDialog {
  private ChartBufferDialog() {}

  /** Builds the dialog; OK stores a valid size and stays open with the reason on a bad one. */
  static TextInputDialog create(Window owner, Settings settings) {
    int current = ChartBufferSetting.read(settings);
    TextInputDialog dialog = new TextInputDialog(String.format(Locale.ROOT, "%,d", current));
    dialog.initOwner(owner);
    dialog.setTitle("Chart buffer");
    String help =
        "Samples per channel each new chart keeps ("
            + String.format(
                Locale.ROOT, "%,d to %,d", ChartBufferSetting.MIN, ChartBufferSetting.MAX)
            + ").\nNow: "
            + ChartBufferSetting.describe(current);
    dialog.setHeaderText(help);
    dialog.getEditor().setId("chartBufferField");
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          try {
            int stored = ChartBufferSetting.write(settings, dialog.getEditor().getText());
            dialog.setHeaderText("Saved: " + ChartBufferSetting.describe(stored));
          } catch (IllegalArgumentException ex) {
            dialog.setHeaderText(ex.getMessage() + "\n" + help);
            e.consume();
          }
        });
    return dialog;
  }
}
