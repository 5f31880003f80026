package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.bgapi.ProcedureQueue.EventSink;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.SmMessages;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * The security-manager flow of one connection: parameters, encrypt start, passkey questions to the
 * handler (off the I/O thread), then encryption or a bonding failure.
 */
final class Pairing {
  private static final int ENCRYPTED = 0x02;

  /** How long pairing may wait, most of it for a person to read or type a passkey. */
  static final Duration USER_TIME = Duration.ofSeconds(60);

  private final int connection;
  private final BleAddress peer;
  private final CommandChannel channel;
  private final GattProcedures procedures;
  private final Executor userCalls;
  private final Duration commandTimeout;

  Pairing(
      int connection,
      BleAddress peer,
      CommandChannel channel,
      GattProcedures procedures,
      Executor userCalls,
      Duration commandTimeout) {
    this.connection = connection;
    this.peer = peer;
    this.channel = channel;
    this.procedures = procedures;
    this.userCalls = userCalls;
    this.commandTimeout = commandTimeout;
  }

  /** Runs the flow; completes with the bond handle (0xFF when the link is encrypted unbonded). */
  CompletableFuture<Integer> bond(PairingHandler handler, IntConsumer onEncrypted) {
    int mitm = handler.mitm() ? 1 : 0;
    return channel
        .send(new SmMessages.SetBondableMode(1), commandTimeout)
        .thenCompose(
            r ->
                channel.send(
                    new SmMessages.SetParameters(mitm, 7, handler.ioCapability().code()),
                    commandTimeout))
        .thenCompose(
            r ->
                procedures.run(
                    new SmMessages.EncryptStart(connection, 1),
                    0,
                    "encryption or bonding failure",
                    new EventSink<Integer>() {
                      @Override
                      boolean accept(BgapiMessage e) {
                        return handle(e, this, handler, onEncrypted);
                      }
                    },
                    USER_TIME));
  }

  private boolean handle(
      BgapiMessage e, EventSink<Integer> sink, PairingHandler handler, IntConsumer onEncrypted) {
    if (e instanceof SmMessages.PasskeyRequestEvent) {
      CompletableFuture.supplyAsync(() -> handler.passkeyRequested(peer), userCalls)
          .thenCompose(
              key -> {
                if (key < 0 || key > 999_999) {
                  throw new PairingException("passkey " + key + " is not in 0..999999", 0);
                }
                return channel.send(new SmMessages.PasskeyEntry(connection, key), commandTimeout);
              })
          .whenComplete(
              (response, failure) -> {
                if (failure != null) {
                  sink.fail(failure);
                } else if (Results.of(response) != 0) {
                  sink.fail(Results.failure(Results.of(response), "sm_passkey_entry", 0));
                }
              });
      return true;
    }
    if (e instanceof SmMessages.PasskeyDisplayEvent d) {
      userCalls.execute(() -> handler.displayPasskey(peer, (int) d.passkey()));
      return true;
    }
    if (e instanceof SmMessages.BondingFailEvent f) {
      sink.fail(
          new PairingException(
              "pairing with " + peer + " failed: " + BgapiErrors.name(f.result()), f.result()));
      return true;
    }
    if (e instanceof ConnectionMessages.StatusEvent s && (s.flags() & ENCRYPTED) != 0) {
      onEncrypted.accept(s.bonding());
      sink.complete(s.bonding());
      return false;
    }
    return false;
  }
}
