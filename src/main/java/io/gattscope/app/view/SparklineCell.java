package io.gattscope.app.view;

import io.gattscope.app.scan.ScanRow;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;

/** Shows the RSSI number, a 30-second sparkline of it and, below, how long ago it was heard. */
final class SparklineCell extends TableCell<ScanRow, int[]> {
  private static final double WIDTH = 44;
  private static final double HEIGHT = 14;
  private final Polyline line = new Polyline();
  private final Label number = new Label();
  private final Label seen = new Label();
  private final VBox box = new VBox(1, new HBox(6, number, line), seen);

  SparklineCell() {
    line.getStyleClass().add("sparkline");
    number.getStyleClass().addAll("rssi-number", "cell-first-line");
    seen.getStyleClass().add("cell-second-line");
    number.setMinWidth(Region.USE_PREF_SIZE);
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
  }

  @Override
  protected void updateItem(int[] values, boolean empty) {
    super.updateItem(values, empty);
    seen.textProperty().unbind();
    if (empty || values == null || getTableRow() == null || getTableRow().getItem() == null) {
      setGraphic(null);
      return;
    }
    ScanRow row = getTableRow().getItem();
    number.setText(row.rssiProperty().get() + " dBm");
    seen.textProperty().bind(row.lastSeenTextProperty());
    line.getPoints().clear();
    int n = values.length;
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? WIDTH : i * WIDTH / (n - 1);
      double level = Math.max(-100, Math.min(-20, values[i]));
      double y = HEIGHT - (level + 100) / 80.0 * HEIGHT;
      line.getPoints().addAll(x, y);
    }
    setGraphic(box);
  }
}
