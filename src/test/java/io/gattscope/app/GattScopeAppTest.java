package io.gattscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real start-up path: the window shows at once, then the explorer is built into it. */
@ExtendWith(ApplicationExtension.class)
class GattScopeAppTest {
  private final GattScopeApp app = new GattScopeApp();
  private Stage stage;
  private boolean shownWithPlaceholder;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app.start(stage);
    shownWithPlaceholder = stage.isShowing() && stage.getScene().lookup("#startingLabel") != null;
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(
        () -> {
          app.stop();
          stage.hide();
        });
  }

  @Test
  void theWindowShowsAtOnceAndThenHoldsTheExplorerOnTheSimulator(FxRobot robot) throws Exception {
    assertThat(shownWithPlaceholder).as("window shown with the starting placeholder").isTrue();
    assertThat(stage.getTitle()).isEqualTo("GattScope");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#scanTable") != null);
    assertThat(stage.getScene().lookup("#startingLabel")).isNull();
    assertThat(stage.getScene().lookup("#scanTable")).isInstanceOf(TableView.class);
  }
}
