package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.bluez.fake.FakeDevice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
        .as("registered only while pairing, never as the default agent")
        .containsExactly("RegisterAgent KeyboardDisplay", "UnregisterAgent");
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

  private static final String OTHER = "/org/bluez/hci0/dev_11_22_33_44_55_66";

  @Test
  void questionsAboutAnotherDeviceAreRejectedWithoutAskingTheHandler() {
    f.device.expectPasskey(123456);
    f.device.alsoAskAbout(OTHER);
    List<BleAddress> asked = new CopyOnWriteArrayList<>();
    d.bond(
        new PairingHandler() {
          @Override
          public int passkeyRequested(BleAddress peer) {
            asked.add(peer);
            return 123456;
          }

          @Override
          public boolean confirmPasskey(BleAddress peer, int passkey) {
            asked.add(peer);
            return true;
          }

          @Override
          public boolean authorizePairing(BleAddress peer) {
            asked.add(peer);
            return true;
          }
        });
    assertThat(f.device.strayAnswers())
        .hasSize(2)
        .allSatisfy(a -> assertThat(a).startsWith("rejected:").contains("11:22:33:44:55:66"));
    assertThat(asked).containsExactly(BleAddress.parse(FakeBluezFixture.MAC));
    assertThat(d.bonded()).isTrue();
  }

  @Test
  void aNumericComparisonGoesToTheHandlerAndItsNoRejectsThePairing() {
    f.device.expectPasskey(4321);
    f.device.askWith(FakeDevice.PairingQuestion.CONFIRMATION);
    CompletableFuture<Integer> shown = new CompletableFuture<>();
    assertThatThrownBy(
            () ->
                d.bond(
                    new PairingHandler() {
                      @Override
                      public int passkeyRequested(BleAddress peer) {
                        throw new AssertionError("no passkey was asked");
                      }

                      @Override
                      public boolean confirmPasskey(BleAddress peer, int passkey) {
                        shown.complete(passkey);
                        return false;
                      }
                    }))
        .isInstanceOf(PairingException.class)
        .hasMessageContaining("refused by the user");
    assertThat(shown).isCompletedWithValue(4321);
    assertThat(d.bonded()).isFalse();
    assertThat(f.bluez.agentCalls()).endsWith("UnregisterAgent");
  }

  @Test
  void justWorksAuthorizationIsAskedOfTheHandler() {
    f.device.askWith(FakeDevice.PairingQuestion.AUTHORIZATION);
    List<BleAddress> asked = new CopyOnWriteArrayList<>();
    d.bond(
        new PairingHandler() {
          @Override
          public int passkeyRequested(BleAddress peer) {
            throw new AssertionError("no passkey was asked");
          }

          @Override
          public boolean authorizePairing(BleAddress peer) {
            asked.add(peer);
            return true;
          }
        });
    assertThat(asked).containsExactly(BleAddress.parse(FakeBluezFixture.MAC));
    assertThat(d.bonded()).isTrue();
  }
}
