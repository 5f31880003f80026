package io.gattscope.app.device;

import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import java.time.Duration;
import java.util.Locale;
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
  /** Time kept back from the device's call timeout for sending the passkey after the answer. */
  static final Duration MARGIN = Duration.ofSeconds(3);

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
    return d.bondAsync(handler(passkeyTimeout(d)))
        .whenComplete(
            (v, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            error.set(ErrorText.failed("Pairing", e));
                            ctx.log().error(who, error.get());
                          } else {
                            ctx.log().info(who, "Paired and bonded");
                            onBonded.run();
                          }
                        }));
  }

  /** The backend's pairing procedure runs under the call timeout, so the user gets a bit less. */
  private static Duration passkeyTimeout(BleDevice d) {
    Duration t = d.operationTimeout().minus(MARGIN);
    return t.isNegative() || t.isZero() ? d.operationTimeout() : t;
  }

  private PairingHandler handler(Duration timeout) {
    return new PairingHandler() {
      @Override
      public int passkeyRequested(BleAddress peer) {
        return await(() -> ctx.pairing().askPasskey(peer), timeout, "passkey entry");
      }

      @Override
      public void displayPasskey(BleAddress peer, int passkey) {
        ctx.ui().execute(() -> ctx.pairing().showPasskey(peer, passkey));
      }

      @Override
      public boolean confirmPasskey(BleAddress peer, int passkey) {
        boolean same =
            await(
                () -> ctx.pairing().confirmPasskey(peer, passkey),
                timeout,
                "the number comparison");
        ctx.log()
            .info(
                peer.toString(),
                String.format(
                    Locale.ROOT,
                    "Numeric comparison %06d: %s",
                    passkey,
                    same ? "confirmed" : "the user saw a different number"));
        return same;
      }

      @Override
      public boolean authorizePairing(BleAddress peer) {
        boolean yes =
            await(() -> ctx.pairing().authorizePairing(peer), timeout, "the pairing question");
        ctx.log().info(peer.toString(), yes ? "Pairing allowed" : "Pairing declined by the user");
        return yes;
      }
    };
  }

  /**
   * Asks on the UI thread and waits here (a backend thread) for the user's answer.
   *
   * @throws PairingException when no answer comes in time, the wait is interrupted or the user
   *     cancels
   */
  private <T> T await(Supplier<CompletableFuture<T>> ask, Duration timeout, String what) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    ctx.ui()
        .execute(
            () ->
                ask.get()
                    .whenComplete(
                        (k, e) -> {
                          if (e != null) {
                            answer.completeExceptionally(e);
                          } else {
                            answer.complete(k);
                          }
                        }));
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PairingException(
          "no answer to " + what + " within " + timeout.toSeconds() + " s", 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PairingException("interrupted while waiting for " + what, 0);
    } catch (ExecutionException e) {
      throw new PairingException(what + " was cancelled", 0);
    }
  }

  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
