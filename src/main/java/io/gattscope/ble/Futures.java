package io.gattscope.ble;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Turns the library's futures into blocking calls with a timeout and unwrapped failures. */
public final class Futures {
  private Futures() {}

  /**
   * Waits for a future, in the calling thread.
   *
   * @param <T> the future's value type
   * @param future the future to wait for
   * @param timeout how long to wait at most
   * @param awaited what is awaited, for the timeout's message
   * @return the future's value
   * @throws BleTimeoutException when the time runs out (the future is then cancelled)
   * @throws BleException the failure the future completed with, unwrapped
   */
  public static <T> T await(CompletableFuture<T> future, Duration timeout, String awaited) {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      throw new BleException("interrupted while waiting for " + awaited, e);
    } catch (TimeoutException e) {
      BleTimeoutException timeoutException = new BleTimeoutException(awaited, timeout);
      future.completeExceptionally(timeoutException);
      throw timeoutException;
    } catch (CancellationException e) {
      throw new BleException("cancelled while waiting for " + awaited, e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  /**
   * Unwraps completion wrappers and returns the cause as an unchecked exception to throw. A runtime
   * exception is returned as it is, with a suppressed note marking where it was rethrown; an {@link
   * Error} is thrown at once; a checked exception is wrapped in a {@link BleException}.
   *
   * @param cause the failure a future completed with
   * @return the exception for the caller to throw
   */
  public static RuntimeException rethrow(Throwable cause) {
    Throwable c = unwrap(cause);
    if (c instanceof RuntimeException r) {
      r.addSuppressed(new BleException("(rethrown in the calling thread)"));
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new BleException(String.valueOf(c.getMessage()), c);
  }

  /**
   * Strips {@link CompletionException} and {@link ExecutionException} layers.
   *
   * @param t a failure, possibly wrapped
   * @return the innermost cause that is not such a wrapper (a wrapper without a cause stays)
   */
  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  /**
   * A future already failed with {@code t}.
   *
   * @param <T> the future's value type
   * @param t the failure
   * @return a future completed exceptionally with {@code t}
   */
  public static <T> CompletableFuture<T> failed(Throwable t) {
    return CompletableFuture.failedFuture(t);
  }
}
