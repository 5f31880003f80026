package io.gattscope.ble.gatttool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One command conversation with gatttool: the lines to type, and how the answer lines settle it.
 * gatttool prints no end marker after list answers and nothing at all after some commands, so such
 * exchanges type a bare {@code sec-level} as a fence: gatttool runs one callback at a time, so its
 * synchronous {@code sec-level: ...} reply comes after everything the command printed.
 */
abstract class Exchange<T> {
  /** The fence command; its reply is {@link OutputLine.SecLevel}. */
  static final String FENCE = "sec-level";

  /** What is being done, for messages, e.g. "read of handle 0x0003". */
  final String operation;

  /** The attribute handle concerned (for ATT errors), or 0. */
  final int handle;

  /** Completed by the session, on the connection's completion thread. */
  final CompletableFuture<T> result = new CompletableFuture<>();

  Exchange(String operation, int handle) {
    this.operation = operation;
    this.handle = handle;
  }

  /** The command lines to type when this exchange starts. */
  abstract List<String> commands();

  /** Handles one answer line (never a notification, echo or failure line). */
  abstract Step<T> onLine(OutputLine line);

  /**
   * What an answer line did: nothing yet, more lines to type, or the exchange's value.
   *
   * @param send lines to type now
   * @param finished whether the exchange is settled
   * @param value the value when finished
   */
  record Step<T>(List<String> send, boolean finished, T value) {
    static <T> Step<T> waiting() {
      return new Step<>(List.of(), false, null);
    }

    static <T> Step<T> type(String line) {
      return new Step<>(List.of(line), false, null);
    }

    static <T> Step<T> finish(T value) {
      return new Step<>(List.of(), true, value);
    }
  }

  /** A command answered by exactly one line kind, e.g. {@code char-read-hnd} by a value line. */
  static <L extends OutputLine, T> Exchange<T> single(
      String operation, int handle, String command, Class<L> answer, Function<L, T> value) {
    return new Exchange<>(operation, handle) {
      @Override
      List<String> commands() {
        return List.of(command);
      }

      @Override
      Step<T> onLine(OutputLine line) {
        return answer.isInstance(line)
            ? Step.finish(value.apply(answer.cast(line)))
            : Step.waiting();
      }
    };
  }

  /**
   * A command that prints nothing when it works ({@code char-write-cmd}, {@code sec-level X},
   * {@code disconnect}): typed together with the fence, settled by the fence's reply, whose value
   * is the security level then in force.
   */
  static Exchange<String> silent(String operation, int handle, String command) {
    return new Exchange<>(operation, handle) {
      @Override
      List<String> commands() {
        return List.of(command, FENCE);
      }

      @Override
      Step<String> onLine(OutputLine line) {
        return line instanceof OutputLine.SecLevel s ? Step.finish(s.level()) : Step.waiting();
      }
    };
  }

  /**
   * A command answered by a burst of lines of one kind ({@code primary}, {@code characteristics},
   * {@code char-desc}, {@code char-read-uuid}); the fence is typed after the first line arrives.
   */
  static <L extends OutputLine> Exchange<List<L>> list(
      String operation, String command, Class<L> kind) {
    return new Exchange<>(operation, 0) {
      private final List<L> lines = new ArrayList<>();

      @Override
      List<String> commands() {
        return List.of(command);
      }

      @Override
      Step<List<L>> onLine(OutputLine line) {
        if (kind.isInstance(line)) {
          lines.add(kind.cast(line));
          return lines.size() == 1 ? Step.type(FENCE) : Step.waiting();
        }
        if (line instanceof OutputLine.SecLevel && !lines.isEmpty()) {
          return Step.finish(List.copyOf(lines));
        }
        return Step.waiting();
      }
    };
  }
}
