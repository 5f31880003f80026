package io.gattscope.app.view;

import io.gattscope.app.scan.ScanRow;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A scan-list cell of two lines (a strong first line, a muted second one) whose value is the text
 * of both lines joined by a newline; the full text is in the tooltip when a line is cut.
 */
final class TwoLineCell extends TableCell<ScanRow, String> {
  private final Label first = new Label();
  private final Label second = new Label();
  private final VBox box = new VBox(1, first, second);
  private final Tooltip tip = new Tooltip();

  TwoLineCell() {
    first.getStyleClass().add("cell-first-line");
    second.getStyleClass().add("cell-second-line");
    first.setMinWidth(0);
    second.setMinWidth(0);
    box.setMinWidth(0);
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
  }

  @Override
  protected void updateItem(String text, boolean empty) {
    super.updateItem(text, empty);
    if (empty || text == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    int nl = text.indexOf('\n');
    first.setText(nl < 0 ? text : text.substring(0, nl));
    second.setText(nl < 0 ? "" : text.substring(nl + 1));
    tip.setText(text);
    setTooltip(tip);
    setGraphic(box);
  }
}
