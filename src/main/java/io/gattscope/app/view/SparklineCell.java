package io.gattscope.app.view;

import io.gattscope.app.scan.ScanRow;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/** Shows the RSSI number and a 30-second sparkline of it. */
final class SparklineCell extends TableCell<ScanRow, int[]> {
  private static final double WIDTH = 80;
  private static final double HEIGHT = 16;
  private final Polyline line = new Polyline();
  private final Text number = new Text();
  private final HBox box = new HBox(6, number, line);

  SparklineCell() {
    line.getStyleClass().add("sparkline");
    number.getStyleClass().add("rssi-number");
  }

  @Override
  protected void updateItem(int[] values, boolean empty) {
    super.updateItem(values, empty);
    if (empty || values == null || getTableRow() == null || getTableRow().getItem() == null) {
      setGraphic(null);
      return;
    }
    number.setText(getTableRow().getItem().rssiProperty().get() + " dBm");
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
