package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BluezPairingTest {
  private FakeBluezFixture f;
  private BleDevice d;

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
    d = f.connect();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void passkeyFromTheHandlerReachesBluezThroughTheAgent() throws Exception {
    f.device.expectPasskey(123456);
    CompletableFuture<BleAddress> asked = new CompletableFuture<>();
    CompletableFuture<Boolean> encrypted = new CompletableFuture<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onEncrypted(BleDevice device, boolean bonded) {
            encrypted.complete(bonded);
          }
        });
    assertThat(d.bonded()).isFalse();
    d.bond(
        peer -> {
          asked.complete(peer);
          return 123456;
        });
    assertThat(asked.get(1, TimeUnit.SECONDS)).isEqualTo(BleAddress.parse(FakeBluezFixture.MAC));
    assertThat(encrypted.get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(d.bonded()).isTrue();
    assertThat(f.bluez.agentCalls())
        .containsExactly("RegisterAgent KeyboardDisplay", "RequestDefaultAgent", "UnregisterAgent");
  }

  @Test
  void wrongPasskeyFailsWithTheBluezReason() {
    f.device.expectPasskey(111111);
    assertThatThrownBy(() -> d.bond(PairingHandler.fixedPasskey(222222)))
        .isInstanceOf(PairingException.class)
        .hasMessageContaining("org.bluez.Error.AuthenticationFailed")
        .hasMessageContaining("222222");
    assertThat(d.bonded()).isFalse();
  }

  @Test
  void aHandlerThatRefusesRejectsTheRequest() {
    f.device.expectPasskey(1);
    assertThatThrownBy(() -> d.bond(PairingHandler.justWorks()))
        .isInstanceOf(PairingException.class)
        .hasMessageContaining("AuthenticationCanceled")
        .hasMessageContaining("none was given");
    assertThat(f.bluez.agentCapability()).isEqualTo("NoInputNoOutput");
  }
}
