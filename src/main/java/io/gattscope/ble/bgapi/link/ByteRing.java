package io.gattscope.ble.bgapi.link;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A fixed-capacity blocking byte queue with one writer side and one reader side. */
final class ByteRing {
  private final byte[] data;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private int head;
  private int count;
  private boolean closed;
  private Throwable cause;

  ByteRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("ring capacity must be >= 1, got " + capacity);
    }
    data = new byte[capacity];
  }

  /** What a write ended with. */
  enum WriteResult {
    WRITTEN,
    CLOSED,
    TIMED_OUT
  }

  /**
   * Writes all {@code len} bytes, waiting for space; the timeout applies to each wait for space.
   */
  WriteResult write(byte[] src, int off, int len, long timeoutNanos) throws InterruptedException {
    lock.lock();
    try {
      while (len > 0) {
        long left = timeoutNanos;
        while (count == data.length && !closed) {
          if (left <= 0) {
            return WriteResult.TIMED_OUT;
          }
          left = notFull.awaitNanos(left);
        }
        if (closed) {
          return WriteResult.CLOSED;
        }
        int tail = (head + count) % data.length;
        int n = Math.min(len, Math.min(data.length - count, data.length - tail));
        System.arraycopy(src, off, data, tail, n);
        count += n;
        off += n;
        len -= n;
        notEmpty.signal();
      }
      return WriteResult.WRITTEN;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes up to {@code dst.length} bytes, waiting for at least one.
   *
   * @return the number taken, or -1 once closed and (unless discarded) drained
   */
  int read(byte[] dst) throws InterruptedException {
    lock.lock();
    try {
      while (count == 0 && !closed) {
        notEmpty.await(1, TimeUnit.SECONDS);
      }
      if (count == 0) {
        return -1;
      }
      int taken = 0;
      while (count > 0 && taken < dst.length) {
        int n = Math.min(Math.min(count, data.length - head), dst.length - taken);
        System.arraycopy(data, head, dst, taken, n);
        head = (head + n) % data.length;
        count -= n;
        taken += n;
      }
      notFull.signalAll();
      return taken;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes the ring once; later calls do nothing.
   *
   * @param discard drop unread bytes instead of letting the reader drain them
   * @return whether this call closed it
   */
  boolean close(Throwable why, boolean discard) {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      closed = true;
      cause = why;
      if (discard) {
        count = 0;
      }
      notEmpty.signalAll();
      notFull.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  Throwable cause() {
    lock.lock();
    try {
      return cause;
    } finally {
      lock.unlock();
    }
  }
}
