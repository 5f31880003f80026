package io.gattscope.ble.bgapi.link;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects received bytes and the close cause, for tests. */
final class RecordingReceiver implements LinkReceiver {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final CompletableFuture<Throwable> closed = new CompletableFuture<>();
  final AtomicInteger closeCalls = new AtomicInteger();
  final AtomicInteger chunks = new AtomicInteger();
  volatile Thread dataThread;
  private volatile CountDownLatch target = new CountDownLatch(0);
  private volatile int targetSize;

  @Override
  public synchronized void onData(byte[] buf, int off, int len) {
    dataThread = Thread.currentThread();
    chunks.incrementAndGet();
    bytes.write(buf, off, len);
    if (bytes.size() >= targetSize) {
      target.countDown();
    }
  }

  @Override
  public void onClosed(Throwable cause) {
    closeCalls.incrementAndGet();
    closed.complete(cause);
  }

  synchronized byte[] bytes() {
    return bytes.toByteArray();
  }

  /** Waits until at least {@code n} bytes arrived. */
  boolean awaitBytes(int n, long millis) throws InterruptedException {
    CountDownLatch l;
    synchronized (this) {
      if (bytes.size() >= n) {
        return true;
      }
      targetSize = n;
      l = new CountDownLatch(1);
      target = l;
    }
    return l.await(millis, TimeUnit.MILLISECONDS);
  }
}
