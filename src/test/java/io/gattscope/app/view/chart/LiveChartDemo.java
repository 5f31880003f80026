package io.gattscope.app.view.chart;

import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import javafx.application.Platform;

/**
 * Opens a live chart of the simulated IMU (through the real BGAPI backend) without the explorer:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*"
 * io.gattscope.app.view.chart.LiveChartDemo [rateHz]} (default 2000 Hz). Layouts are saved to
 * {@link LayoutStore#defaultPath()}; the program ends when the window closes.
 */
public final class LiveChartDemo {
  private LiveChartDemo() {}

  public static void main(String[] args) {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    SimulatedImu imu = new SimulatedImu();
    imu.setRateHz(rate);
    GattCharacteristic motion =
        imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
    ChartWindows windows =
        new ChartWindows(new RateMeter(), new LayoutStore(LayoutStore.defaultPath()));
    Platform.startup(
        () ->
            windows
                .open(imu.device(), motion, null)
                .thenAccept(
                    stage ->
                        stage.setOnCloseRequest(
                            e -> {
                              imu.close();
                              Platform.exit();
                            })));
  }
}
