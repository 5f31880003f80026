package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.Waits;
import org.junit.jupiter.api.Test;

/** The console commands act on a live simulator behind the real BGAPI backend. */
class SimScriptTest {

  @Test
  void commandsDropMuteAndRejectNonsense() {
    SimulatedAdapter a =
        SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());
    try {
      SimScript script = new SimScript(a.simulator());
      BleDevice hrm = a.backend().connect(HeartRateMonitor.ADDRESS);
      assertThat(script.apply("connections")).isEqualTo("connections: [0]");
      assertThat(script.apply("rate 00:07:80:5E:01:01 0x0008 5")).contains("5 Hz");
      assertThatThrownBy(() -> script.apply("rate 00:07:80:5E:01:01 0x0008"))
          .hasMessageContaining("usage: rate ADDR HANDLE HZ");
      assertThatThrownBy(() -> script.apply("drop zero 8"))
          .hasMessageContaining("'zero' is not a number");
      assertThatThrownBy(() -> script.apply("explode"))
          .hasMessageContaining("unknown command 'explode'");
      assertThat(hrm.state()).isEqualTo(ConnectionState.CONNECTED);
      script.apply("drop 0 0x0208");
      Waits.waitFor(() -> hrm.state() == ConnectionState.DISCONNECTED);
      assertThat(script.apply("help")).isEqualTo(SimScript.HELP);
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
  }

  @Test
  void faultCommandsNameTheDeviceAndAreLogged() {
    SimulatedAdapter a =
        SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());
    try {
      SimScript script = new SimScript(a.simulator());
      BleDevice hrm = a.backend().connect(HeartRateMonitor.ADDRESS);
      assertThat(script.apply("drop 00:07:80:5E:01:01 0x08"))
          .isEqualTo("link to 00:07:80:5E:01:01 dropped with reason 0x08");
      Waits.waitFor(() -> hrm.state() == ConnectionState.DISCONNECTED);
      assertThat(script.apply("latency 20 5")).contains("20 ms more");
      assertThat(script.apply("silent 00:07:80:5E:01:01")).contains("stopped answering");
      assertThat(script.apply("silent 00:07:80:5E:01:01 off")).contains("answers again");
      assertThat(script.apply("services 00:07:80:5E:01:01"))
          .isEqualTo("services of 00:07:80:5E:01:01 changed: 0x0006..0x0023");
      assertThat(script.apply("range 00:07:80:5E:01:01 0.5")).contains("out of range for 0.5 s");
      assertThat(script.apply("reboot")).contains("rebooted");
      assertThatThrownBy(() -> script.apply("range 00:07:80:5E:01:01 -1"))
          .hasMessageContaining("'-1' is not a positive number");
      assertThatThrownBy(() -> script.apply("silent 00:07:80:5E:01:01 maybe"))
          .hasMessageContaining("usage: silent ADDR [off]");
      assertThatThrownBy(() -> script.apply("drop 00:07:80:5E:01:02 0x08"))
          .hasMessageContaining("nothing is connected");
      assertThat(script.apply("faults"))
          .startsWith("faults: 7")
          .contains("drop 00:07:80:5E:01:01 reason 0x08 (Connection Timeout)")
          .contains("reboot");
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
  }
}
