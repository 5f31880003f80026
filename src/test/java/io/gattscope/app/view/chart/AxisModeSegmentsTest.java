package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.AxisMode;
import io.gattscope.app.view.Themes;
import io.gattscope.app.view.Wcag;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chart toolbar's axis-mode segments: one pressed, clicks change the mode, the mode shows. */
@ExtendWith(ApplicationExtension.class)
class AxisModeSegmentsTest {
  /** WCAG 2.1 non-text contrast: a control's state must stand out from its neighbours by 3:1. */
  private static final double STATE_CONTRAST = 3;

  private final ObjectProperty<AxisMode> mode = new SimpleObjectProperty<>(AxisMode.AXIS_PER_UNIT);
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(ChartControls.axisModes(mode)), 500, 120));
    stage.show();
  }

  @AfterEach
  void light(FxRobot robot) {
    robot.interact(() -> Themes.use("light"));
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

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void thePressedSegmentStandsOutAndItsTextIsReadable(String theme, FxRobot robot) {
    robot.interact(
        () -> {
          Themes.use(theme);
          Themes.apply(stage.getScene());
        });
    robot.interact(() -> mode.set(AxisMode.LANE_PER_UNIT));
    ToggleButton on = robot.lookup("#axis-LANE_PER_UNIT").queryAs(ToggleButton.class);
    ToggleButton off = robot.lookup("#axis-SHARED").queryAs(ToggleButton.class);
    Color[] colours = new Color[4];
    robot.interact(
        () -> {
          stage.getScene().getRoot().applyCss();
          stage.getScene().getRoot().layout();
          WritableImage shot = stage.getScene().snapshot(null);
          Text onText = (Text) on.lookup(".text");
          Text offText = (Text) off.lookup(".text");
          colours[0] = Wcag.background(shot.getPixelReader(), box(onText));
          colours[1] = (Color) onText.getFill();
          colours[2] = Wcag.background(shot.getPixelReader(), box(offText));
          colours[3] = (Color) offText.getFill();
        });
    assertThat(Wcag.contrast(colours[1], colours[0]))
        .as("pressed segment's text %s on %s", colours[1], colours[0])
        .isGreaterThanOrEqualTo(Wcag.AA);
    assertThat(Wcag.contrast(colours[3], colours[2]))
        .as("other segment's text %s on %s", colours[3], colours[2])
        .isGreaterThanOrEqualTo(Wcag.AA);
    assertThat(Wcag.contrast(colours[0], colours[2]))
        .as("pressed segment %s against the others %s", colours[0], colours[2])
        .isGreaterThanOrEqualTo(STATE_CONTRAST);
  }

  private static Bounds box(Text t) {
    return t.localToScene(t.getBoundsInLocal());
  }

  private static List<String> pressed(FxRobot robot) {
    return robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
        .filter(ToggleButton::isSelected)
        .map(ToggleButton::getId)
        .toList();
  }
}
