package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.scan.ScanRow;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Renders the main controls in each theme and measures the WCAG contrast of their text against the
 * pixels behind it: selected and plain scan rows, muted second lines, placeholders, hints.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {
  private static final double AA = Wcag.AA;
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void textKeepsAaContrastInSelectedRowsPlaceholdersAndHints(String theme, FxRobot robot)
      throws Exception {
    app.settings.put("theme", theme);
    app.open(robot, 1280, 800);
    TableView<ScanRow> table = app.scanUntilListed(robot, MotionSensor.ADDRESS);
    waitUntil(
        () ->
            table.getItems().size() > 3
                && table.getItems().stream()
                    .anyMatch(r -> r.address().equals(HeartRateMonitor.ADDRESS)));
    robot.interact(
        () -> {
          table.getSelectionModel().select(SimExplorer.row(table, HeartRateMonitor.ADDRESS));
          table.requestFocus();
        });
    robot.interact(() -> app.vm.scan().toggleScanCommand().execute());
    waitUntil(() -> !app.vm.scan().scanningProperty().get());
    robot.interact(() -> table.scrollTo(table.getSelectionModel().getSelectedIndex()));
    waitUntil(
        () ->
            table.lookupAll(".table-row-cell").stream()
                .anyMatch(
                    n -> n instanceof TableRow<?> r && r.isSelected() && r.getItem() != null));

    // rows are collected, drawn and measured in one pulse of the FX thread, so a row cell the
    // table reuses for another item cannot change between choosing the texts and reading pixels
    List<Text> selected = new ArrayList<>();
    List<Text> plain = new ArrayList<>();
    List<Text> hints = new ArrayList<>();
    List<String> low = new ArrayList<>();
    robot.interact(
        () -> {
          // settle CSS and layout first: a row cell the table just reused for another item must
          // not be collected with its old selected state still drawn
          app.stage.getScene().getRoot().applyCss();
          app.stage.getScene().getRoot().layout();
          for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getItem() != null) {
              List<Text> into = row.isSelected() ? selected : plain;
              row.lookupAll(".text").stream()
                  .filter(t -> t instanceof Text x && !x.getText().isEmpty())
                  .forEach(t -> into.add((Text) t));
            }
          }
          for (Node h : app.stage.getScene().getRoot().lookupAll(".hint")) {
            h.lookupAll(".text").forEach(t -> hints.add((Text) t));
          }
          WritableImage shot = app.stage.getScene().snapshot(null);
          low.addAll(below(shot, selected, "selected row"));
          low.addAll(below(shot, plain, "row"));
          low.addAll(below(shot, hints, "hint"));
        });
    assertThat(selected).as("texts of the selected row").hasSizeGreaterThanOrEqualTo(4);
    assertThat(plain).as("texts of the other rows").hasSizeGreaterThanOrEqualTo(8);
    assertThat(hints).as("the empty tab area's hint").isNotEmpty();
    assertThat(low).as("texts below AA contrast").isEmpty();

    robot.interact(() -> app.vm.scan().filterProperty().set("xyz"));
    waitUntil(() -> table.getItems().isEmpty());
    List<Text> placeholder = new ArrayList<>();
    table.getPlaceholder().lookupAll(".text").forEach(t -> placeholder.add((Text) t));
    assertThat(placeholder).isNotEmpty();
    checkAll(robot, placeholder, "placeholder");
  }

  private void checkAll(FxRobot robot, List<Text> texts, String what) {
    List<String> low = new ArrayList<>();
    robot.interact(() -> low.addAll(below(app.stage.getScene().snapshot(null), texts, what)));
    assertThat(low).as("texts below AA contrast").isEmpty();
  }

  /** The texts whose contrast with the pixels behind them in {@code shot} is below AA. */
  private static List<String> below(WritableImage shot, List<Text> texts, String what) {
    List<String> low = new ArrayList<>();
    for (Text t : texts) {
      Color fill = (Color) t.getFill();
      Color back = Wcag.background(shot.getPixelReader(), t.localToScene(t.getBoundsInLocal()));
      double ratio = contrast(fill, back);
      if (ratio < AA) {
        low.add(String.format("%s text '%s' %s on %s: %.2f", what, t.getText(), fill, back, ratio));
      }
    }
    return low;
  }

  static double contrast(Color a, Color b) {
    return Wcag.contrast(a, b);
  }
}
