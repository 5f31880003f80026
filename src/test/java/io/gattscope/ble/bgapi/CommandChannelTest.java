package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.codec.MessageRegistry;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command channel against a scripted device end that answers only when told to. */
class CommandChannelTest {
  private final BlockingQueue<BgapiMessage> seenByDevice = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private InMemoryLink.Pair pair;
  private CommandChannel channel;

  @BeforeEach
  void setUp() {
    pair = InMemoryLink.pair();
    FrameParser deviceParser =
        new FrameParser(
            FrameParser.Side.DEVICE,
            (kind, cls, id, payload) ->
                seenByDevice.add(MessageRegistry.decode(kind, cls, id, payload)));
    pair.device().setReceiver(receiver(deviceParser));
    pair.device().open();
    channel = new CommandChannel(pair.host(), timer);
    FrameParser hostParser =
        new FrameParser(
            FrameParser.Side.HOST,
            (kind, cls, id, payload) -> {
              if (kind == MessageKind.RESPONSE) {
                channel.onResponse(MessageRegistry.decode(kind, cls, id, payload));
              }
            });
    pair.host().setReceiver(receiver(hostParser));
    pair.host().open();
  }

  @AfterEach
  void tearDown() {
    pair.host().close();
    pair.device().close();
    timer.shutdownNow();
  }

  @Test
  void onlyOneCommandIsOutstandingAndResponsesMatchInOrder() throws Exception {
    CompletableFuture<BgapiMessage> first =
        channel.send(new SystemMessages.Hello(), Duration.ofSeconds(5));
    CompletableFuture<BgapiMessage> second =
        channel.send(new SystemMessages.GetConnections(), Duration.ofSeconds(5));
    // send writes at once when it writes at all, and the link keeps order: a marker frame written
    // now reaches the device right after the first command unless the second one went out too
    byte[] marker = BgapiCodec.encode(new SystemMessages.AddressGet());
    pair.host().send(marker, 0, marker.length);
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS)).isInstanceOf(SystemMessages.Hello.class);
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS))
        .as("the second command waits for the first response")
        .isInstanceOf(SystemMessages.AddressGet.class);
    reply(new SystemMessages.HelloResponse());
    assertThat(first.get(2, TimeUnit.SECONDS)).isInstanceOf(SystemMessages.HelloResponse.class);
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS))
        .isInstanceOf(SystemMessages.GetConnections.class);
    reply(new SystemMessages.GetConnectionsResponse(3));
    assertThat(((SystemMessages.GetConnectionsResponse) second.get(2, TimeUnit.SECONDS)).maxconn())
        .isEqualTo(3);
  }

  @Test
  void aMissingResponseTimesOutNamingTheCommandAndTheNextOneStillRuns() throws Exception {
    CompletableFuture<BgapiMessage> lost =
        channel.send(new SystemMessages.Hello(), Duration.ofMillis(150));
    CompletableFuture<BgapiMessage> next =
        channel.send(new SystemMessages.AddressGet(), Duration.ofSeconds(5));
    assertThatThrownBy(() -> Futures.await(lost, Duration.ofSeconds(3), "hello"))
        .isInstanceOf(BleTimeoutException.class)
        .hasMessageContaining("system_hello");
    seenByDevice.poll(1, TimeUnit.SECONDS);
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS))
        .isInstanceOf(SystemMessages.AddressGet.class);
    reply(new SystemMessages.AddressGetResponse(BleAddress.parse("00:07:80:11:22:33")));
    assertThat(next.get(2, TimeUnit.SECONDS)).isInstanceOf(SystemMessages.AddressGetResponse.class);
  }

  @Test
  void aLateAnswerToATimedOutCommandDoesNotCompleteTheNextOneOfItsKind() throws Exception {
    CompletableFuture<BgapiMessage> lost =
        channel.send(new SystemMessages.GetConnections(), Duration.ofMillis(150));
    assertThatThrownBy(() -> Futures.await(lost, Duration.ofSeconds(3), "get_connections"))
        .isInstanceOf(BleTimeoutException.class);
    CompletableFuture<BgapiMessage> next =
        channel.send(new SystemMessages.GetConnections(), Duration.ofSeconds(5));
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS)).isNotNull();
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS))
        .isInstanceOf(SystemMessages.GetConnections.class);
    reply(new SystemMessages.GetConnectionsResponse(1));
    reply(new SystemMessages.GetConnectionsResponse(8));
    assertThat(((SystemMessages.GetConnectionsResponse) next.get(2, TimeUnit.SECONDS)).maxconn())
        .as("the late answer (1) is discarded; the next command gets its own (8)")
        .isEqualTo(8);
    assertThat(channel.discardedLateResponses()).isEqualTo(1);
  }

  @Test
  void anIndicationConfirmationDoesNotWaitBehindAStuckCommand() throws Exception {
    channel.send(new SystemMessages.Hello(), Duration.ofSeconds(5));
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS)).isInstanceOf(SystemMessages.Hello.class);
    channel.sendUrgent(new AttclientMessages.IndicateConfirm(0), Duration.ofSeconds(5));
    assertThat(seenByDevice.poll(2, TimeUnit.SECONDS))
        .isInstanceOf(AttclientMessages.IndicateConfirm.class);
  }

  @Test
  void closingFailsWhatIsPendingAndRefusesMore() {
    CompletableFuture<BgapiMessage> pending =
        channel.send(new SystemMessages.Hello(), Duration.ofSeconds(5));
    CompletableFuture<BgapiMessage> queued =
        channel.send(new SystemMessages.Hello(), Duration.ofSeconds(5));
    channel.close(new AdapterUnavailableException("unplugged"));
    assertThat(pending).isCompletedExceptionally();
    assertThat(queued).isCompletedExceptionally();
    assertThat(channel.send(new SystemMessages.Hello(), Duration.ofSeconds(1)))
        .isCompletedExceptionally();
  }

  private void reply(BgapiMessage response) {
    byte[] frame = BgapiCodec.encode(response);
    pair.device().send(frame, 0, frame.length);
  }

  private static LinkReceiver receiver(FrameParser parser) {
    return new LinkReceiver() {
      @Override
      public void onData(byte[] buf, int off, int len) {
        parser.feed(buf, off, len);
        parser.checkTimeout(System.nanoTime() + FrameParser.DEFAULT_SETTLE_TIME.toNanos());
      }

      @Override
      public void onClosed(Throwable cause) {}
    };
  }
}
