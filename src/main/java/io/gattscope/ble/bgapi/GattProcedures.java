package io.gattscope.ble.bgapi;

import io.gattscope.ble.AttributeValue;
import io.gattscope.ble.BleException;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.ProcedureQueue.EventSink;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The ATT client procedures of one connection, each as command, response and events. */
final class GattProcedures {
  private static final int ATTRIBUTE_NOT_FOUND = BgapiErrors.ATT_ATTRIBUTE_NOT_FOUND;
  private static final int ATT_ERRORS = 0x0400;
  private static final byte[] PRIMARY_SERVICE = {0x00, 0x28};
  private static final byte[] CHARACTERISTIC = {0x03, 0x28};
  private static final UUID CHARACTERISTIC_DECL = Uuids.fromShort(0x2803);
  private static final UUID PRIMARY_DECL = Uuids.fromShort(0x2800);
  private static final UUID SECONDARY_DECL = Uuids.fromShort(0x2801);

  private final int connection;
  private final CommandChannel channel;
  private final ProcedureQueue queue;
  private final Duration timeout;
  private final Duration commandTimeout;

  GattProcedures(
      int connection,
      CommandChannel channel,
      ProcedureQueue queue,
      Duration timeout,
      Duration commandTimeout) {
    this.connection = connection;
    this.channel = channel;
    this.queue = queue;
    this.timeout = timeout;
    this.commandTimeout = commandTimeout;
  }

  /** Sends a command with a sink installed first, so no event can slip past it. */
  <T> CompletableFuture<T> run(
      BgapiMessage command, int handle, String awaited, EventSink<T> sink) {
    return run(command, handle, awaited, sink, timeout);
  }

  /** The same, with its own limit for the events (pairing waits on a person). */
  <T> CompletableFuture<T> run(
      BgapiMessage command, int handle, String awaited, EventSink<T> sink, Duration eventTimeout) {
    String op = MessageNames.of(command);
    CompletableFuture<T> result = queue.await(sink, eventTimeout, awaited + " after " + op);
    channel
        .send(command, commandTimeout)
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                sink.fail(failure);
                return;
              }
              int code = Results.of(response);
              if (code != 0) {
                sink.fail(Results.failure(code, op, handle));
              } else {
                sink.onResponse(response);
              }
            });
    return result;
  }

  /** Reads every primary service, then characteristics, then descriptors. */
  CompletableFuture<GattDatabase> discover() {
    return discoverIn(List.of(), 1, 0xFFFF);
  }

  /**
   * Reads the primary services in {@code start..end} (widened to whole known services it cuts),
   * with their characteristics and descriptors, and keeps the known services outside it.
   */
  CompletableFuture<GattDatabase> discover(GattDatabase known, int start, int end) {
    List<GattService> services = known == null ? List.of() : known.services();
    int from = start;
    int to = end;
    for (GattService s : services) {
      if (s.startHandle() <= end && s.endHandle() >= start) {
        from = Math.min(from, s.startHandle());
        to = Math.max(to, s.endHandle());
      }
    }
    int lo = from;
    int hi = to;
    List<GattService> kept =
        services.stream().filter(s -> s.endHandle() < lo || s.startHandle() > hi).toList();
    return discoverIn(kept, lo, hi);
  }

  private CompletableFuture<GattDatabase> discoverIn(List<GattService> kept, int start, int end) {
    return services(start, end)
        .thenCompose(
            groups -> {
              CompletableFuture<List<GattService>> chain =
                  CompletableFuture.completedFuture(new ArrayList<>(kept));
              for (Group g : groups) {
                chain =
                    chain.thenCompose(
                        list ->
                            service(g)
                                .thenApply(
                                    s -> {
                                      list.add(s);
                                      return list;
                                    }));
              }
              return chain.thenApply(
                  list -> {
                    list.sort(Comparator.comparingInt(GattService::startHandle));
                    return new GattDatabase(list);
                  });
            });
  }

  /** A primary service group as read_by_group_type reports it. */
  private record Group(int start, int end, UUID uuid) {}

  private CompletableFuture<List<Group>> services(int start, int end) {
    List<Group> groups = new ArrayList<>();
    return run(
        new AttclientMessages.ReadByGroupType(connection, start, end, PRIMARY_SERVICE),
        0,
        "primary services",
        new EventSink<List<Group>>() {
          @Override
          boolean accept(BgapiMessage e) {
            if (e instanceof AttclientMessages.GroupFoundEvent g) {
              groups.add(new Group(g.start(), g.end(), Uuids.fromLittleEndian(g.uuid().toArray())));
              return true;
            }
            return completion(e, groups, this);
          }
        });
  }

  private CompletableFuture<GattService> service(Group group) {
    UUID uuid = group.uuid();
    int start = group.start();
    int end = group.end();
    List<int[]> decls = new ArrayList<>();
    List<UUID> charUuids = new ArrayList<>();
    return run(
            new AttclientMessages.ReadByType(connection, start, end, CHARACTERISTIC),
            start,
            "characteristic declarations",
            new EventSink<List<int[]>>() {
              @Override
              boolean accept(BgapiMessage e) {
                if (e instanceof AttclientMessages.AttributeValueEvent v
                    && v.type() == BgapiConstants.VALUE_READ_BY_TYPE) {
                  byte[] b = v.value().toArray();
                  if (b.length < 5) {
                    throw new BleException(
                        "malformed characteristic declaration at handle " + v.atthandle());
                  }
                  int valueHandle = (b[1] & 0xFF) | (b[2] & 0xFF) << 8;
                  charUuids.add(Uuids.fromLittleEndian(b, 3, b.length - 3));
                  decls.add(new int[] {v.atthandle(), b[0] & 0xFF, valueHandle});
                  return true;
                }
                return completion(e, decls, this);
              }
            })
        .thenCompose(
            found -> {
              if (found.isEmpty() || found.get(0)[2] >= end) {
                return CompletableFuture.completedFuture(
                    new GattService(
                        uuid, start, end, build(uuid, found, charUuids, List.of(), end)));
              }
              return descriptors(found.get(0)[2] + 1, end)
                  .thenApply(
                      infos ->
                          new GattService(
                              uuid, start, end, build(uuid, found, charUuids, infos, end)));
            });
  }

  private CompletableFuture<List<GattDescriptor>> descriptors(int start, int end) {
    List<GattDescriptor> found = new ArrayList<>();
    return run(
        new AttclientMessages.FindInformation(connection, start, end),
        start,
        "descriptors",
        new EventSink<List<GattDescriptor>>() {
          @Override
          boolean accept(BgapiMessage e) {
            if (e instanceof AttclientMessages.FindInformationFoundEvent f) {
              found.add(
                  new GattDescriptor(Uuids.fromLittleEndian(f.uuid().toArray()), f.chrhandle()));
              return true;
            }
            return completion(e, found, this);
          }
        });
  }

  private static List<GattCharacteristic> build(
      UUID service, List<int[]> decls, List<UUID> uuids, List<GattDescriptor> infos, int end) {
    List<GattCharacteristic> out = new ArrayList<>();
    for (int i = 0; i < decls.size(); i++) {
      int[] d = decls.get(i);
      int next = i + 1 < decls.size() ? decls.get(i + 1)[0] : end + 1;
      List<GattDescriptor> mine = new ArrayList<>();
      for (GattDescriptor info : infos) {
        boolean inRange = info.handle() > d[2] && info.handle() < next;
        if (inRange && !isDeclaration(info.uuid())) {
          mine.add(info);
        }
      }
      out.add(new GattCharacteristic(uuids.get(i), service, d[0], d[2], d[1], mine));
    }
    return out;
  }

  private static boolean isDeclaration(UUID uuid) {
    return uuid.equals(CHARACTERISTIC_DECL)
        || uuid.equals(PRIMARY_DECL)
        || uuid.equals(SECONDARY_DECL);
  }

  /** Ends a listing procedure: "attribute not found" just means the list is complete. */
  private <T> boolean completion(BgapiMessage e, T value, EventSink<T> sink) {
    if (e instanceof AttclientMessages.ProcedureCompletedEvent c) {
      if (c.result() == 0 || c.result() == ATTRIBUTE_NOT_FOUND) {
        sink.complete(value);
      } else {
        sink.fail(Results.failure(c.result(), "discovery", c.chrhandle()));
      }
      return true;
    }
    return false;
  }

  /**
   * Reads a characteristic value by its UUID with Read By Type: empty unless exactly one attribute
   * of that type exists and is read without an ATT error; a value the response may have cut short
   * is read again whole with read long.
   */
  CompletableFuture<Optional<AttributeValue>> readByType(UUID uuid, int mtu) {
    byte[] type = Uuids.toLittleEndian(uuid);
    return valuesOfType(1, type)
        .thenCompose(
            first -> {
              if (first == null || first.size() != 1) {
                return CompletableFuture.completedFuture(Optional.<AttributeValue>empty());
              }
              AttributeValue only = first.get(0);
              CompletableFuture<Boolean> alone =
                  only.handle() == 0xFFFF
                      ? CompletableFuture.completedFuture(true)
                      : valuesOfType(only.handle() + 1, type)
                          .thenApply(more -> more != null && more.isEmpty());
              return alone.thenCompose(
                  unique -> {
                    if (!unique) {
                      return CompletableFuture.completedFuture(Optional.<AttributeValue>empty());
                    }
                    if (only.value().length < mtu - 4) {
                      return CompletableFuture.completedFuture(Optional.of(only));
                    }
                    return readLong(only.handle())
                        .thenApply(whole -> Optional.of(new AttributeValue(only.handle(), whole)));
                  });
            });
  }

  /**
   * The attributes of a type from {@code start} on: empty when there are none, null when an ATT
   * error other than "attribute not found" ended the procedure.
   */
  private CompletableFuture<List<AttributeValue>> valuesOfType(int start, byte[] type) {
    List<AttributeValue> found = new ArrayList<>();
    return run(
        new AttclientMessages.ReadByType(connection, start, 0xFFFF, type),
        start,
        "values of type",
        new EventSink<List<AttributeValue>>() {
          @Override
          boolean accept(BgapiMessage e) {
            if (e instanceof AttclientMessages.AttributeValueEvent v
                && v.type() == BgapiConstants.VALUE_READ_BY_TYPE) {
              found.add(new AttributeValue(v.atthandle(), v.value().toArray()));
              return true;
            }
            if (e instanceof AttclientMessages.ProcedureCompletedEvent c) {
              int code = c.result();
              if (code == 0 || code == ATTRIBUTE_NOT_FOUND) {
                complete(found);
              } else if ((code & 0xFF00) == ATT_ERRORS) {
                complete(null);
              } else {
                fail(Results.failure(code, "attclient_read_by_type", c.chrhandle()));
              }
              return true;
            }
            return false;
          }
        });
  }

  /** One ATT read: a value event ends it, or a completion carrying the error. */
  CompletableFuture<byte[]> read(int handle) {
    return run(
        new AttclientMessages.ReadByHandle(connection, handle),
        handle,
        "the value of handle " + handle,
        new EventSink<byte[]>() {
          @Override
          boolean accept(BgapiMessage e) {
            if (e instanceof AttclientMessages.AttributeValueEvent v
                && v.atthandle() == handle
                && (v.type() == BgapiConstants.VALUE_READ
                    || v.type() == BgapiConstants.VALUE_READ_BLOB)) {
              complete(v.value().toArray());
              return true;
            }
            return failOnCompletion(e, this, "attclient_read_by_handle", handle, null);
          }
        });
  }

  /** Read long: every value chunk is appended until the completion. */
  CompletableFuture<byte[]> readLong(int handle) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    return run(
        new AttclientMessages.ReadLong(connection, handle),
        handle,
        "the long value of handle " + handle,
        new EventSink<byte[]>() {
          @Override
          boolean accept(BgapiMessage e) {
            if (e instanceof AttclientMessages.AttributeValueEvent v
                && v.atthandle() == handle
                && (v.type() == BgapiConstants.VALUE_READ
                    || v.type() == BgapiConstants.VALUE_READ_BLOB)) {
              buf.writeBytes(v.value().toArray());
              return true;
            }
            return failOnCompletion(e, this, "attclient_read_long", handle, buf);
          }
        });
  }

  /** Write request: the completion carries the peer's answer. */
  CompletableFuture<Void> writeRequest(int handle, byte[] value) {
    return run(
        new AttclientMessages.AttributeWrite(connection, handle, value),
        handle,
        "write confirmation of handle " + handle,
        completionSink("attclient_attribute_write", handle));
  }

  /** Write command: done when the dongle accepts it. */
  CompletableFuture<Void> writeCommand(int handle, byte[] value) {
    return run(
        new AttclientMessages.WriteCommand(connection, handle, value),
        handle,
        "write command acceptance",
        new EventSink<Void>() {
          @Override
          boolean accept(BgapiMessage e) {
            return false;
          }

          @Override
          void onResponse(BgapiMessage response) {
            complete(null);
          }
        });
  }

  /** Prepare-write every chunk, then execute; cancels the queue on any failure. */
  CompletableFuture<Void> writeLong(int handle, byte[] value, int chunk) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int offset = 0; offset < value.length; offset += chunk) {
      int off = offset;
      byte[] part = Arrays.copyOfRange(value, off, Math.min(value.length, off + chunk));
      chain =
          chain.thenCompose(
              x ->
                  run(
                      new AttclientMessages.PrepareWrite(connection, handle, off, part),
                      handle,
                      "prepare write at offset " + off,
                      completionSink("attclient_prepare_write", handle)));
    }
    return chain
        .thenCompose(x -> execute(1, handle))
        .exceptionallyCompose(
            failure ->
                execute(0, handle)
                    .handle((r, t) -> r)
                    .thenCompose(r -> CompletableFuture.<Void>failedFuture(failure)));
  }

  private CompletableFuture<Void> execute(int commit, int handle) {
    return run(
        new AttclientMessages.ExecuteWrite(connection, commit),
        handle,
        commit == 1 ? "execute write" : "cancel of prepared writes",
        completionSink("attclient_execute_write", handle));
  }

  private EventSink<Void> completionSink(String op, int handle) {
    return new EventSink<>() {
      @Override
      boolean accept(BgapiMessage e) {
        return failOnCompletion(e, this, op, handle, null);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T> boolean failOnCompletion(
      BgapiMessage e, EventSink<T> sink, String op, int handle, ByteArrayOutputStream collected) {
    if (e instanceof AttclientMessages.ProcedureCompletedEvent c) {
      if (c.result() != 0) {
        sink.fail(Results.failure(c.result(), op, handle));
      } else {
        sink.complete(collected == null ? null : (T) collected.toByteArray());
      }
      return true;
    }
    return false;
  }
}
