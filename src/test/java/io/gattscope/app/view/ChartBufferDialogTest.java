package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartBufferSetting;
import io.gattscope.app.util.Settings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chart buffer dialog keeps a bad size out of the settings and says why, in place. */
@ExtendWith(ApplicationExtension.class)
class ChartBufferDialogTest {
  private final Settings settings = Settings.inMemory();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
  }

  @Test
  void aBadSizeKeepsTheDialogOpenWithTheReasonAndAGoodOneIsStored(FxRobot robot) {
    TextInputDialog[] dialog = new TextInputDialog[1];
    robot.interact(
        () -> {
          dialog[0] = ChartBufferDialog.create(stage, settings);
          dialog[0].show();
        });
    TextInputDialog d = dialog[0];
    assertThat(d.getEditor().getText()).isEqualTo("100,000");
    assertThat(d.getHeaderText())
        .contains("100,000 samples per channel (6.4 MB for 6 channels): ")
        .contains(" samples/s at full resolution, then 1 h as min/max envelopes");
    Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);

    robot.interact(
        () -> {
          d.getEditor().setText("12k");
          ok.fire();
        });
    assertThat(d.isShowing()).isTrue();
    assertThat(d.getHeaderText()).startsWith("chart buffer must be a whole number of samples");
    assertThat(settings.get(ChartBufferSetting.KEY, "")).isEmpty();

    robot.interact(
        () -> {
          d.getEditor().setText("250,000");
          ok.fire();
        });
    assertThat(d.isShowing()).isFalse();
    assertThat(ChartBufferSetting.read(settings)).isEqualTo(250_000);
  }
}
