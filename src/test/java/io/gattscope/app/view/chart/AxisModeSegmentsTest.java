package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.AxisMode;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chart toolbar's axis-mode segments: one pressed, clicks change the mode, the mode shows. */
@ExtendWith(ApplicationExtension.class)
class AxisModeSegmentsTest {
  private final ObjectProperty<AxisMode> mode = new SimpleObjectProperty<>(AxisMode.AXIS_PER_UNIT);

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(ChartControls.axisModes(mode)), 500, 120));
    stage.show();
  }

  @Test
  void clickingASegmentSetsTheModeAndTheModeSelectsItsSegment(FxRobot robot) {
    assertThat(pressed(robot)).containsExactly("axis-AXIS_PER_UNIT");

    robot.clickOn("#axis-LANE_PER_UNIT");
    assertThat(mode.get()).isEqualTo(AxisMode.LANE_PER_UNIT);
    assertThat(pressed(robot)).containsExactly("axis-LANE_PER_UNIT");

    robot.clickOn("#axis-LANE_PER_UNIT");
    assertThat(pressed(robot)).as("a click on the pressed segment keeps it").hasSize(1);
    assertThat(mode.get()).isEqualTo(AxisMode.LANE_PER_UNIT);

    robot.interact(() -> mode.set(AxisMode.SHARED));
    assertThat(pressed(robot)).containsExactly("axis-SHARED");
  }

  private static List<String> pressed(FxRobot robot) {
    return robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
        .filter(ToggleButton::isSelected)
        .map(ToggleButton::getId)
        .toList();
  }
}
