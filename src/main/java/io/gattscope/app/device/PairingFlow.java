package io.gattscope.app.device;

import io.gattscope.app.util.AppContext;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Pairs a device, asking the user through {@link PairingPrompt}; the backend calls the handler off
 * the UI thread, which waits for the user's answer with a timeout.
 */
final class PairingFlow {
  /** How long the passkey dialog waits for the user. */
  static final Duration PASSKEY_TIMEOUT = Duration.ofSeconds(60);

  private final AppContext ctx;
  private final Supplier<BleDevice> device;
  private final Runnable onBonded;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  PairingFlow(AppContext ctx, Supplier<BleDevice> device, Runnable onBonded) {
    this.ctx = ctx;
    this.device = device;
    this.onBonded = onBonded;
  }

  /** Pairs and bonds; completes on success, fails with the reason otherwise. */
  CompletableFuture<Void> pair() {
    BleDevice d = device.get();
    if (d == null) {
      return CompletableFuture.failedFuture(new NotConnectedException("not connected"));
    }
    String who = d.address().toString();
    ctx.log().info(who, "Pairing");
    error.set("");
    return d.bondAsync(handler())
        .whenComplete(
            (v, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            error.set("Pairing failed: " + ErrorText.of(e));
                            ctx.log().error(who, error.get());
                          } else {
                            ctx.log().info(who, "Paired and bonded");
                            onBonded.run();
                          }
                        }));
  }

  private PairingHandler handler() {
    return new PairingHandler() {
      @Override
      public int passkeyRequested(BleAddress peer) {
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        ctx.ui()
            .execute(
                () ->
                    ctx.pairing()
                        .askPasskey(peer)
                        .whenComplete(
                            (k, e) -> {
                              if (e != null) {
                                answer.completeExceptionally(e);
                              } else {
                                answer.complete(k);
                              }
                            }));
        try {
          return answer.get(PASSKEY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new PairingException(
              "no passkey was entered within " + PASSKEY_TIMEOUT.toSeconds() + " s", 0);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new PairingException("interrupted while waiting for the passkey", 0);
        } catch (ExecutionException e) {
          throw new PairingException("passkey entry was cancelled", 0);
        }
      }

      @Override
      public void displayPasskey(BleAddress peer, int passkey) {
        ctx.ui().execute(() -> ctx.pairing().showPasskey(peer, passkey));
      }
    };
  }

  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
