package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.scan.ScanRow;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.Observable;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The scan list and its advertising-data pane stay put while the scan refreshes them. */
@ExtendWith(ApplicationExtension.class)
class ScanStabilityTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @BeforeEach
  void open(FxRobot robot) {
    app.open(robot, 1024, 700);
  }

  @Test
  void theAdPaneKeepsItsScrollPositionSelectionAndRowAcrossRefreshes(FxRobot robot)
      throws Exception {
    TableView<ScanRow> table = app.scanUntilListed(robot, HeartRateMonitor.ADDRESS);
    ScanRow hrm = SimExplorer.row(table, HeartRateMonitor.ADDRESS);
    robot.interact(() -> table.getSelectionModel().select(hrm));
    TextArea details = robot.lookup("#adDetails").queryAs(TextArea.class);
    waitUntil(() -> details.getText().contains("Advertising data"));
    ScrollPane scroller = (ScrollPane) details.lookup(".scroll-pane");
    Parent split = details.getParent();
    while (!(split instanceof SplitPane)) {
      split = split.getParent();
    }
    SplitPane adSplit = (SplitPane) split;
    robot.interact(() -> adSplit.setDividerPositions(0.85));
    waitUntil(() -> details.getHeight() > 0 && details.getHeight() < 90);
    robot.interact(() -> details.selectRange(2, 9));
    robot.interact(() -> details.setScrollTop(40));
    waitUntil(() -> details.getScrollTop() == 40);
    double bottom = scroller.getVvalue();
    double top = details.getScrollTop();
    assertThat(top).as("scrolled down").isEqualTo(40);
    String selected = details.getSelectedText();

    AtomicInteger refreshes = new AtomicInteger();
    robot.interact(
        () -> table.getItems().addListener((Observable o) -> refreshes.incrementAndGet()));
    waitUntil(() -> refreshes.get() >= 3);

    assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(hrm);
    assertThat(app.vm.scan().selectedProperty().get()).isSameAs(hrm);
    assertThat(details.getSelectedText()).isEqualTo(selected);
    assertThat(scroller.getVvalue()).isEqualTo(bottom);
    assertThat(details.getScrollTop()).isEqualTo(top);
  }

  @Test
  void anEmptyFilterResultSaysWhatMatchedNothingWhileScanning(FxRobot robot) throws Exception {
    TableView<ScanRow> table = app.scanUntilListed(robot, HeartRateMonitor.ADDRESS);
    robot.interact(() -> app.vm.scan().filterProperty().set("xyz"));
    waitUntil(() -> table.getItems().isEmpty());
    Label placeholder = (Label) table.getPlaceholder();
    assertThat(placeholder.getText()).isEqualTo("No advertiser matches 'xyz'");
    assertThat(placeholder.isVisible()).isTrue();
  }
}
