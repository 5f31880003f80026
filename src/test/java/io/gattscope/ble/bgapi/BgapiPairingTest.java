package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattException;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.sim.world.SecureSensor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Passkey pairing and bonds through the BGAPI security manager. */
class BgapiPairingTest {
  private SimFixture f;

  @AfterEach
  void tearDown() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void theSecretNeedsABondAndThePasskeyUnlocksIt() {
    f = new SimFixture();
    BleDevice secure = f.connectRandom(SecureSensor.ADDRESS);
    secure.discover();
    assertThatThrownBy(() -> secure.read(CharacteristicRef.handle(SecureSensor.SECRET)))
        .isInstanceOf(GattException.class)
        .satisfies(e -> assertThat(((GattException) e).attErrorCode()).isEqualTo(0x05));
    AtomicReference<BleAddress> asked = new AtomicReference<>();
    secure.bond(
        peer -> {
          asked.set(peer);
          return SecureSensor.PASSKEY;
        });
    assertThat(asked.get()).isEqualTo(SecureSensor.ADDRESS);
    assertThat(secure.bonded()).isTrue();
    assertThat(
            new String(
                secure.read(CharacteristicRef.handle(SecureSensor.SECRET)), StandardCharsets.UTF_8))
        .isEqualTo(SecureSensor.SECRET_VALUE);
    assertThat(f.backend.bonds()).hasSize(1);
    f.backend.clearBond(SecureSensor.ADDRESS);
    assertThat(f.backend.bonds()).isEmpty();
  }

  @Test
  void aWrongPasskeyFailsWithTheReason() {
    f = new SimFixture();
    BleDevice secure = f.connectRandom(SecureSensor.ADDRESS);
    assertThatThrownBy(() -> secure.bond(PairingHandler.fixedPasskey(111111)))
        .isInstanceOf(PairingException.class)
        .hasMessageContaining("Passkey Entry Failed");
    assertThat(secure.bonded()).isFalse();
  }

  @Test
  void clearingAnUnknownBondExplainsWhy() {
    f = new SimFixture();
    assertThatThrownBy(() -> f.backend.clearBond(BleAddress.parse("11:22:33:44:55:66")))
        .hasMessageContaining("not known in this session");
    f.backend.clearAllBonds();
    assertThat(f.backend.bonds()).isEmpty();
  }
}
