package io.gattscope.ble.bgapi.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialLinkTest {
  @TempDir Path dir;

  @Test
  void openingAMissingPortSaysWhichPath() {
    String missing = dir.resolve("no-such-tty").toString();
    var link = new SerialLink(missing);
    link.setReceiver(new RecordingReceiver());
    assertThatThrownBy(link::open)
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining(missing)
        .hasMessageContaining("does not exist");
    assertThat(link.isOpen()).isFalse();
  }

  @Test
  void openNeedsAReceiverAndSendNeedsAnOpenPort() {
    var link = new SerialLink(dir.resolve("x").toString());
    assertThatThrownBy(link::open)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("receiver");
    assertThatThrownBy(() -> link.send(new byte[] {1}, 0, 1))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("not open");
    assertThatThrownBy(() -> new SerialLink(" ")).isInstanceOf(IllegalArgumentException.class);
    link.close();
  }

  @Test
  void portListingsDoNotFailWithoutHardware() {
    assertThat(SerialLink.listPorts()).doesNotContainNull();
    assertThat(SerialLink.listPorts()).containsAll(SerialLink.findBled112());
  }
}
