package io.gattscope.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.GattException;
import io.gattscope.ble.PairingException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

  @Test
  void attErrorsAreWordsPlusTheCode() {
    assertThat(ErrorText.of(new GattException(0x03, 0x25, "write")))
        .isEqualTo("Write not permitted (ATT 0x03)");
    assertThat(ErrorText.of(new CompletionException(new GattException(0x05, 3, "read"))))
        .isEqualTo("Insufficient authentication (ATT 0x05)");
  }

  @Test
  void backendTimeoutAndPairingFailuresKeepTheirCodes() {
    assertThat(ErrorText.of(new BackendException("connect", 0x0186, "connection_limit_exceeded")))
        .isEqualTo("connection_limit_exceeded (0x0186)");
    assertThat(ErrorText.of(new BleTimeoutException("discovery", Duration.ofSeconds(3))))
        .isEqualTo("No answer in time (3000 ms waiting for discovery)");
    assertThat(ErrorText.of(new PairingException("passkey mismatch", 0x04)))
        .isEqualTo("Passkey mismatch (reason 0x04)");
  }

  @Test
  void onlyAuthenticationAndEncryptionErrorsSuggestPairing() {
    assertThat(ErrorText.needsPairing(new GattException(0x05, 1, "read"))).isTrue();
    assertThat(ErrorText.needsPairing(new GattException(0x0F, 1, "read"))).isTrue();
    assertThat(ErrorText.needsPairing(new GattException(0x02, 1, "read"))).isFalse();
  }

  @Test
  void aFailureThatAlreadySaysSoIsNotDoubled() {
    assertThat(ErrorText.failed("Pairing", new PairingException("pairing with 00:11 failed", 0)))
        .isEqualTo("Pairing with 00:11 failed");
    assertThat(ErrorText.failed("Pairing", new PairingException("passkey mismatch", 0x04)))
        .isEqualTo("Pairing failed: Passkey mismatch (reason 0x04)");
  }
}
