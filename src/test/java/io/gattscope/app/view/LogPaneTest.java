package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.drawnText;
import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.log.LogEntry;
import io.gattscope.app.log.LogViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The log pane's title bar carries its filters, and the pane says how many entries it dropped. */
@ExtendWith(ApplicationExtension.class)
class LogPaneTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void theLevelFilterInTheTitleBarWorksWithoutCollapsingThePane(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    TitledPane pane = robot.lookup("#logPane").queryAs(TitledPane.class);
    @SuppressWarnings("unchecked")
    ComboBox<LogEntry.Level> level = robot.lookup("#logLevel").queryAs(ComboBox.class);
    assertThat(pane.isExpanded()).isTrue();

    robot.clickOn(level);
    waitUntil(level::isShowing);
    robot.type(KeyCode.HOME).type(KeyCode.ENTER);

    waitUntil(() -> app.ctx.log().minimumLevelProperty().get() == LogEntry.Level.DEBUG);
    assertThat(pane.isExpanded()).as("the log stays open").isTrue();
    robot.interact(() -> pane.setExpanded(false));
    assertThat(level.isVisible()).as("the filters stay in the collapsed title bar").isTrue();
  }

  @Test
  void aBurstOfDebugTrafficIsCountedAndKeepsTheUsersEvents(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    LogViewModel log = app.ctx.log();
    Label dropped = robot.lookup("#logDropped").queryAs(Label.class);
    assertThat(dropped.isVisible()).as("nothing dropped yet").isFalse();
    log.info("", "before the burst");
    for (int i = 0; i < 5_050; i++) {
      log.log(LogEntry.Level.DEBUG, "00:07:80:5E:01:01", "bgapi frame " + i);
    }
    log.info("", "after the burst");

    waitUntil(() -> log.droppedTrafficProperty().get() >= 50);
    waitUntil(dropped::isVisible);
    assertThat(log.droppedTrafficProperty().get()).isEqualTo(50);
    assertThat(log.droppedEventsProperty().get()).isZero();
    assertThat(dropped.getText())
        .isEqualTo("50 older entries dropped (50 DEBUG, 0 INFO and above)");
    assertThat(drawnText(dropped)).as("the count is drawn whole").isEqualTo(dropped.getText());
    assertThat(log.entries())
        .extracting(LogEntry::message)
        .contains("before the burst", "after the burst", "bgapi frame 50", "bgapi frame 5049")
        .doesNotContain("bgapi frame 49");
  }
}
