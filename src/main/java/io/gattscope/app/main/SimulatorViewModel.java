package io.gattscope.app.main;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.log.LogEntry.Level;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.Registration;
import io.gattscope.ble.sim.SimFaults;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import io.gattscope.ble.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Simulator menu: faults injected into the simulated adapter on demand (drop a link, out of
 * range, reboot, changed services, latency, a silent device), each one written to the log.
 */
public final class SimulatorViewModel {
  private final MainViewModel main;
  private final LogViewModel log;
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding deviceChosen;
  private Registration watcher;

  /**
   * Follows the main window's adapter: the menu works while the simulated adapter is open.
   *
   * @param main the main window's view model
   */
  public SimulatorViewModel(MainViewModel main) {
    this.main = main;
    this.log = main.context().log();
    this.deviceChosen =
        Bindings.createBooleanBinding(
            () -> available.get() && main.selectedDeviceProperty().get() != null,
            available,
            main.selectedDeviceProperty());
    main.adapter().backendProperty().addListener((o, a, b) -> follow(b));
    follow(main.adapter().backendProperty().get());
  }

  private void follow(BleBackend backend) {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
    Optional<SimulatorControl> control = control(backend);
    available.set(control.isPresent());
    control.ifPresent(
        c ->
            watcher =
                c.faults().onFault(f -> log.log(Level.WARN, "", "Simulator fault: " + f.text())));
  }

  /**
   * Whether the open adapter is the simulator, so its faults can be injected.
   *
   * @return true while the simulated adapter is open
   */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /**
   * Whether a device tab is chosen, so faults aimed at one device have a target.
   *
   * @return true while the simulator is open and a device tab is selected
   */
  public BooleanBinding deviceChosenProperty() {
    return deviceChosen;
  }

  /**
   * Drops the chosen device's link now with an HCI reason.
   *
   * @param hciReason the reason, e.g. 0x08 supervision timeout or 0x13 remote user terminated
   */
  public void dropLink(int hciReason) {
    onDevice(
        String.format(Locale.ROOT, "drop the link (0x%02X)", hciReason),
        (f, a) -> f.drop(a, hciReason));
  }

  /**
   * Takes the chosen device out of range for a while.
   *
   * @param duration how long it stays away
   */
  public void outOfRange(Duration duration) {
    onDevice("go out of range", (f, a) -> f.outOfRange(a, duration));
  }

  /** Changes the chosen device's services, with a Service Changed indication. */
  public void changeServices() {
    onDevice("change services", (f, a) -> f.changeServices(a));
  }

  /**
   * Makes the chosen device stop answering, or answer again.
   *
   * @param silent true to make it silent
   */
  public void setSilent(boolean silent) {
    onDevice(silent ? "go silent" : "answer again", (f, a) -> f.setSilent(a, silent));
  }

  /** Reboots the simulated dongle: every link is gone and a system_boot follows. */
  public void reboot() {
    onAdapter("reboot", SimFaults::reboot);
  }

  /**
   * Delays every response by {@code latency} plus up to {@code jitter}.
   *
   * @param latency the fixed delay, zero for none
   * @param jitter the random extra delay, zero for none
   */
  public void setLatency(Duration latency, Duration jitter) {
    onAdapter("set latency", f -> f.setLatency(latency, jitter));
  }

  /**
   * Loads a snapshot file into the running simulator: the device advertises from now on (in place
   * of a simulated device with the same address) and shows up in the scan list.
   *
   * @param file a snapshot JSON file
   * @return empty when the device was added, else why not (a bad file names the JSON path of its
   *     problem); nothing changes then
   */
  public Optional<String> addSnapshot(Path file) {
    Optional<SimulatorControl> control = control(main.adapter().backendProperty().get());
    String why;
    if (control.isEmpty()) {
      why = "the open adapter is not the simulator";
    } else {
      try {
        SimPeripheral p = SnapshotPeripheral.load(file);
        control.get().addDevice(p);
        log.info(
            "", "Simulator: added " + p.address() + " (" + p.name() + ") from snapshot " + file);
        return Optional.empty();
      } catch (NoSuchFileException e) {
        why = "the file does not exist";
      } catch (IOException e) {
        why = "cannot read it: " + e;
      } catch (SnapshotFormatException e) {
        why = "not a valid snapshot: " + e.getMessage();
      } catch (RuntimeException e) {
        why = ErrorText.of(e);
      }
    }
    String text = "Simulator: cannot add a device from " + file + ": " + why;
    log.error("", text);
    return Optional.of(text);
  }

  private void onDevice(String what, DeviceFault fault) {
    DeviceViewModel d = main.selectedDeviceProperty().get();
    if (d == null) {
      log.error("", "Simulator: cannot " + what + ": no device tab is selected");
      return;
    }
    onAdapter(what, f -> fault.apply(f, d.address()));
  }

  private void onAdapter(String what, Consumer<SimFaults> fault) {
    Optional<SimulatorControl> control = control(main.adapter().backendProperty().get());
    if (control.isEmpty()) {
      log.error("", "Simulator: cannot " + what + ": the open adapter is not the simulator");
      return;
    }
    try {
      fault.accept(control.get().faults());
    } catch (RuntimeException e) {
      log.error("", "Simulator: cannot " + what + ": " + ErrorText.of(e));
    }
  }

  private static Optional<SimulatorControl> control(BleBackend backend) {
    return backend == null ? Optional.empty() : SimulatedAdapter.controlOf(backend);
  }

  /** A fault aimed at one device. */
  private interface DeviceFault {
    void apply(SimFaults faults, BleAddress device);
  }
}
