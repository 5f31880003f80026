package io.gattscope.testsupport;

import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A fault-injecting stand-in BLED112 on the device end of a pty: the simulator speaks the BGAPI
 * bytes, and a relay in front of it records every command the host sends and can do what the
 * simulator cannot (write stray bytes to the host, act just before a command reaches the dongle).
 */
public final class StandInDongle implements AutoCloseable {
  /** One command the host sent, as it arrived on the wire. */
  public record Command(int classId, int messageId, byte[] payload) {
    /** Whether this is the command of that class and id. */
    public boolean is(int cls, int id) {
      return classId == cls && messageId == id;
    }

    @Override
    public String toString() {
      return classId + "/" + messageId + " " + HexFormat.ofDelimiter(" ").formatHex(payload);
    }
  }

  private final SerialLink port;
  private final InMemoryLink toSimulator;
  private final Simulator simulator;
  private final FrameParser parser;
  private final ScheduledExecutorService settle = Executors.newSingleThreadScheduledExecutor();
  private final List<Command> commands = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Throwable> portClosed = new CompletableFuture<>();
  private volatile Predicate<Command> trigger = c -> false;
  private volatile Consumer<Command> beforeForwarding = c -> {};

  private StandInDongle(String path) {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    toSimulator = pair.host();
    port = new SerialLink(path);
    parser = new FrameParser(FrameParser.Side.DEVICE, this::fromHost);
    toSimulator.setReceiver(
        new LinkReceiver() {
          @Override
          public void onData(byte[] buf, int off, int len) {
            if (port.isOpen()) {
              port.send(buf, off, len);
            }
          }

          @Override
          public void onClosed(Throwable cause) {}
        });
    port.setReceiver(
        new LinkReceiver() {
          @Override
          public void onData(byte[] buf, int off, int len) {
            synchronized (parser) {
              parser.feed(buf, off, len, System.nanoTime());
            }
          }

          @Override
          public void onClosed(Throwable cause) {
            portClosed.complete(cause);
          }
        });
    simulator = Simulator.start(pair.device(), SimulatorConfig.defaults());
    toSimulator.open();
    port.open();
    // a host's parser needs a clock to settle a frame whose tail could start another one
    settle.scheduleWithFixedDelay(
        () -> {
          synchronized (parser) {
            parser.checkTimeout(System.nanoTime());
          }
        },
        1,
        1,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Serves the simulator behind the relay on the pty at {@code path}.
   *
   * @param path the device end of a pty pair
   * @return the running stand-in
   */
  public static StandInDongle serve(String path) {
    return new StandInDongle(path);
  }

  private void fromHost(MessageKind kind, int cls, int id, byte[] payload) {
    Command c = new Command(cls, id, payload);
    commands.add(c);
    if (trigger.test(c)) {
      trigger = x -> false;
      beforeForwarding.accept(c);
    }
    byte[] frame = new byte[4 + payload.length];
    frame[0] = (byte) (payload.length >> 8);
    frame[1] = (byte) payload.length;
    frame[2] = (byte) cls;
    frame[3] = (byte) id;
    System.arraycopy(payload, 0, frame, 4, payload.length);
    toSimulator.send(frame, 0, frame.length);
  }

  /**
   * Runs {@code action} on the relay's reader once, when the first command matching {@code which}
   * arrives, before that command reaches the simulator; it may block to hold the answer back.
   */
  public void beforeForwarding(Predicate<Command> which, Consumer<Command> action) {
    beforeForwarding = action;
    trigger = which;
  }

  /** Writes raw bytes to the host, as if the dongle had sent them. */
  public void sendToHost(byte[] bytes) {
    port.send(bytes, 0, bytes.length);
  }

  /** The simulator behind the relay, for its own faults (reboot, mute, drop). */
  public Simulator simulator() {
    return simulator;
  }

  /** Every command the host sent so far, in order. */
  public List<Command> commands() {
    return List.copyOf(commands);
  }

  /**
   * Waits until the host has sent a command matching {@code which}; fails after {@code timeout}.
   */
  public Command awaitCommand(Duration timeout, String what, Predicate<Command> which) {
    Waits.waitFor(timeout, what, () -> commands.stream().anyMatch(which));
    return commands.stream().filter(which).findFirst().orElseThrow();
  }

  /** Completes when the pty end closes or fails. */
  public CompletableFuture<Throwable> portClosed() {
    return portClosed;
  }

  @Override
  public void close() {
    settle.shutdownNow();
    simulator.close();
    toSimulator.close();
    port.close();
  }
}
