package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.Subscription;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The layout picker driven headless on a chart of the simulated IMU. */
@ExtendWith(ApplicationExtension.class)
class LayoutPickerTest {
  private static SimulatedImu imu;
  private LiveChartPane pane;
  private ChartViewModel model;
  private Subscription subscription;

  @BeforeAll
  static void startSimulator() {
    imu = new SimulatedImu();
    imu.setRateHz(200);
  }

  @AfterAll
  static void stopSimulator() {
    imu.close();
  }

  @Start
  void start(Stage stage) {
    model =
        new ChartViewModel(
            "IMU",
            PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT),
            null,
            null,
            new RateMeter(),
            imu::droppedCallbacks);
    pane = new LiveChartPane(model);
    stage.setScene(new Scene(pane, 900, 600));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    if (subscription != null) {
      subscription.close();
    }
    fx(
        () -> {
          List.copyOf(Window.getWindows()).stream()
              .filter(w -> w instanceof Stage s && s.getTitle().startsWith("Pick fields"))
              .forEach(Window::hide);
          pane.dispose();
          return null;
        });
  }

  @Test
  void pickedFieldsReplaceTheChartChannels(FxRobot robot) throws Exception {
    subscription = imu.subscribe(model.listener());
    robot.clickOn("#pick-layout");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#picker-name-5")).isEqualTo("gz");
    assertThat(label(robot, "#picker-bytes")).isEqualTo("12 bytes per notification");

    robot.clickOn("#picker-remove-3").clickOn("#picker-remove-3").clickOn("#picker-remove-3");
    robot.clickOn("#picker-remove-1");
    robot.clickOn("#picker-add-padding");
    type(robot, "#picker-skip-2", "2");
    robot.clickOn("#picker-up-2");
    type(robot, "#picker-name-0", "fwd");
    type(robot, "#picker-scale-2", "0");
    assertThat(label(robot, "#picker-error")).isEqualTo("row 3 (az): scale must not be 0");
    assertThat(robot.lookup("#picker-apply").queryAs(Button.class).isDisabled()).isTrue();
    robot.write(".001");
    type(robot, "#picker-unit-2", "g");

    String spec = "fwd:i16 mg, pad2, az:i16*0.001 g";
    assertThat(text(robot, "#picker-spec")).isEqualTo(spec);
    assertThat(label(robot, "#picker-bytes")).isEqualTo("6 bytes per notification");
    assertThat(label(robot, "#picker-error")).isEmpty();
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> label(robot, "#picker-preview-2").endsWith(" g"));
    String az = label(robot, "#picker-preview-2");
    assertThat(Double.parseDouble(az.substring(0, az.length() - 2)))
        .as("az of the last payload, near 1 g")
        .isBetween(0.85, 1.15);

    robot.clickOn("#picker-apply");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "#picker-message")).isEqualTo("applied to the chart");
    assertThat(fx(() -> List.copyOf(model.channels())))
        .extracting(ChartChannel::label)
        .containsExactly("fwd (mg)", "az (g)");
    assertThat(text(robot, "#layout")).isEqualTo(spec);
    assertThat(robot.lookup("#channel-fwd").tryQuery()).isPresent();
    assertThat(robot.lookup("#channel-ay").tryQuery()).isEmpty();
    assertThat(
            fx(
                () ->
                    pane.chart().getRenderers().stream()
                        .flatMap(r -> r.getDatasets().stream())
                        .map(d -> d.getName())
                        .toList()))
        .containsExactly("fwd (mg)", "az (g)");

    SampleRingBuffer buffer = model.feedProperty().get().buffer();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> buffer.writeSequence() > 20);
    SampleSnapshot s = new SampleSnapshot(buffer.capacity(), buffer.channelCount());
    int n = buffer.copySince(0, s);
    for (int i = 0; i < n; i++) {
      assertThat(s.channel(1)[i]).as("az in g").isBetween(0.85, 1.15);
    }
  }

  private static void type(FxRobot robot, String id, String text) {
    robot.clickOn(id).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String id) throws Exception {
    return fx(() -> robot.lookup(id).queryAs(TextField.class).getText());
  }

  private static String label(FxRobot robot, String id) throws Exception {
    return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
