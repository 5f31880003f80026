package io.gattscope.ble.bgapi.link;

import com.fazecast.jSerialComm.SerialPort;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.ShutdownHooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A BGAPI link over a serial port (BLED112 USB CDC, BLE112 UART, or a pty) using jSerialComm: raw
 * 8N1 at 115200 baud, no flow control, and a reader thread that hands chunks to the receiver.
 * Writes run on a writer thread so that a device that stops reading makes {@link #send} fail after
 * a timeout (jSerialComm has write timeouts only on Windows) instead of hanging.
 */
public final class SerialLink implements BgapiLink {
  private static final Logger LOG = LoggerFactory.getLogger(SerialLink.class);

  /** USB vendor id of the Bluegiga BLED112. */
  public static final int BLED112_VENDOR_ID = 0x2458;

  /** USB product id of the Bluegiga BLED112. */
  public static final int BLED112_PRODUCT_ID = 0x0001;

  /** Baud rate set on the port (a BLED112 ignores it). */
  public static final int BAUD_RATE = 115_200;

  private static final AtomicBoolean HOOKED = new AtomicBoolean();
  private static final int READ_TIMEOUT_MS = 200;
  private static final int WRITE_TIMEOUT_MS = 2000;
  private static final long JOIN_MILLIS = 2000;
  private static final int READ_CHUNK = 4096;

  private final String path;
  private final Object sendLock = new Object();
  private volatile LinkReceiver receiver;
  private volatile SerialPort port;
  private volatile boolean closing;
  private volatile Throwable failure;
  private Thread reader;
  private ThreadPoolExecutor writer;

  /**
   * A link to the port at {@code path} (for example /dev/ttyACM0, /dev/pts/3 or a symlink to one).
   *
   * @param path the system path of the serial port; the port is opened by {@link #open()}
   * @throws IllegalArgumentException if the path is missing or blank
   */
  public SerialLink(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("serial port path is missing");
    }
    this.path = path;
  }

  /**
   * System paths of the ports that look like a BLED112 (USB VID 0x2458, PID 0x0001).
   *
   * @return the paths, empty when no BLED112 is plugged in
   */
  public static List<String> findBled112() {
    var out = new ArrayList<String>();
    for (SerialPort p : SerialPort.getCommPorts()) {
      if (p.getVendorID() == BLED112_VENDOR_ID && p.getProductID() == BLED112_PRODUCT_ID) {
        out.add(p.getSystemPortPath());
      }
    }
    return out;
  }

  /**
   * System paths of all serial ports the operating system lists.
   *
   * @return the paths, empty when there are none
   */
  public static List<String> listPorts() {
    var out = new ArrayList<String>();
    for (SerialPort p : SerialPort.getCommPorts()) {
      out.add(p.getSystemPortPath());
    }
    return out;
  }

  @Override
  public synchronized void open() {
    if (port != null) {
      return;
    }
    if (receiver == null) {
      throw new IllegalStateException("set a receiver on " + description() + " before open()");
    }
    Path real = resolve();
    beforePortsClose();
    SerialPort sp = SerialPort.getCommPort(real.toString());
    sp.setComPortParameters(BAUD_RATE, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    sp.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    sp.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        READ_TIMEOUT_MS,
        WRITE_TIMEOUT_MS);
    if (!sp.openPort()) {
      throw new AdapterUnavailableException(
          "cannot open serial port "
              + description()
              + ": error "
              + sp.getLastErrorCode()
              + " at native line "
              + sp.getLastErrorLocation()
              + " (missing permission or in use?)");
    }
    closing = false;
    failure = null;
    port = sp;
    writer =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(4),
            r -> {
              Thread t = new Thread(r, "bgapi-serial-tx-" + real);
              t.setDaemon(true);
              return t;
            });
    reader = new Thread(() -> readLoop(sp, real), "bgapi-serial-rx-" + real);
    reader.setDaemon(true);
    reader.start();
    LOG.info("opened serial port {}", description());
  }

  @Override
  public boolean isOpen() {
    SerialPort sp = port;
    return sp != null && !closing;
  }

  @Override
  public void send(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    synchronized (sendLock) {
      SerialPort sp = port;
      ThreadPoolExecutor w = writer;
      if (sp == null || closing || w == null) {
        throw new AdapterUnavailableException(description() + " is not open");
      }
      byte[] copy = Arrays.copyOfRange(data, off, off + len);
      Future<?> done;
      try {
        done = w.submit(() -> writeAll(sp, copy));
      } catch (RejectedExecutionException e) {
        throw new AdapterUnavailableException(description() + " is closing", e);
      }
      try {
        done.get(WRITE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        var cause =
            new AdapterUnavailableException(
                description() + ": the device took no data for " + WRITE_TIMEOUT_MS + " ms", e);
        shutDown(cause);
        throw cause;
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof AdapterUnavailableException a) {
          throw a;
        }
        throw new AdapterUnavailableException(description() + ": write failed", c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AdapterUnavailableException("interrupted while sending on " + description(), e);
      }
    }
  }

  private void writeAll(SerialPort sp, byte[] data) {
    int off = 0;
    while (off < data.length) {
      int n = sp.writeBytes(data, data.length - off, off);
      if (n <= 0) {
        throw new AdapterUnavailableException(
            description() + ": write failed (error " + sp.getLastErrorCode() + ")");
      }
      off += n;
    }
  }

  @Override
  public void setReceiver(LinkReceiver r) {
    if (r == null) {
      throw new IllegalArgumentException("receiver of " + description() + " is missing");
    }
    this.receiver = r;
  }

  @Override
  public String description() {
    return "serial " + path;
  }

  @Override
  public void close() {
    shutDown(null);
  }

  /** Closes the port; the receiver is told {@code cause} (null for a local close). */
  private void shutDown(Throwable cause) {
    Thread t;
    synchronized (this) {
      SerialPort sp = port;
      if (sp == null || closing) {
        return;
      }
      failure = cause;
      closing = true;
      sp.closePort();
      writer.shutdownNow();
      t = reader;
    }
    if (t != Thread.currentThread()) {
      try {
        t.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.warn("{}: close interrupted before the reader thread ended", description());
        return;
      }
      if (t.isAlive()) {
        LOG.warn("{}: reader thread still busy in the receiver after close", description());
      }
    }
  }

  private Path resolve() {
    Path p = Path.of(path);
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new AdapterUnavailableException("serial port " + path + " does not exist", e);
    }
  }

  private void readLoop(SerialPort sp, Path real) {
    byte[] buf = new byte[READ_CHUNK];
    Throwable cause = null;
    int transientErrors = 0;
    while (!closing) {
      int n = sp.readBytes(buf, buf.length);
      if (closing) {
        break;
      }
      if (n < 0
          && isTransient(sp.getLastErrorCode())
          && ++transientErrors < 100
          && Files.exists(real)) {
        continue;
      }
      if (n < 0) {
        cause =
            new AdapterUnavailableException(
                description() + ": read failed (error " + sp.getLastErrorCode() + "), port gone?");
        break;
      }
      if (n == 0) {
        if (!Files.exists(real)) {
          cause = new AdapterUnavailableException(description() + ": the port went away");
          break;
        }
        continue;
      }
      transientErrors = 0;
      try {
        receiver.onData(buf, 0, n);
      } catch (RuntimeException e) {
        LOG.warn("{}: receiver failed on {} byte(s)", description(), n, e);
      } catch (Throwable e) {
        LOG.error("{}: reader thread failed; closing the port", description(), e);
        cause = new AdapterUnavailableException(description() + ": reader failed: " + e, e);
        break;
      }
    }
    finish(sp, closing ? failure : cause);
  }

  /** EINTR (4) and EAGAIN (11): a signal or a spurious wake-up, not a vanished port. */
  /**
   * jSerialComm closes its ports in a shutdown hook of its own; the application's clean-up ({@link
   * ShutdownHooks}) is handed to it so that it runs first, while the port still works.
   */
  private static void beforePortsClose() {
    if (HOOKED.compareAndSet(false, true)) {
      SerialPort.addShutdownHook(new Thread(ShutdownHooks::runAll, "gattscope-serial-shutdown"));
    }
  }

  private static boolean isTransient(int errno) {
    return errno == 4 || errno == 11;
  }

  private void finish(SerialPort sp, Throwable cause) {
    synchronized (this) {
      if (port == sp) {
        port = null;
        writer.shutdownNow();
      }
    }
    if (cause != null) {
      sp.closePort();
      LOG.warn("{} closed: {}", description(), cause.getMessage());
    }
    try {
      receiver.onClosed(cause);
    } catch (RuntimeException e) {
      LOG.warn("{}: receiver failed in onClosed", description(), e);
    }
  }
}
