package io.gattscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.gatt.BluetoothNames;
import org.junit.jupiter.api.Test;

class StartupPreloadTest {
  @Test
  void preloadRunsOnADaemonThreadAndLeavesTheSharedNamesLoaded() throws InterruptedException {
    Thread preload = StartupPreload.start();

    assertThat(preload.isDaemon()).as("must not keep the application alive").isTrue();
    assertThat(preload.getName()).isEqualTo("gattscope-preload");
    preload.join(30_000);
    assertThat(preload.isAlive()).as("preload finished within 30 s").isFalse();
    assertThat(BluetoothNames.get().companyName(0x004C)).contains("Apple, Inc.");
  }
}
