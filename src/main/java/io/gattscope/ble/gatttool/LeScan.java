package io.gattscope.ble.gatttool;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.ScanOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@code hcitool lescan}: each {@code AA:BB:CC:DD:EE:FF Name} line becomes an
 * advertisement. hcitool prints neither RSSI nor address type nor payload, so RSSI is reported as
 * -127 (unknown), the type as public, and the payload holds only the name as a Complete Local Name
 * AD structure.
 */
final class LeScan implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeScan.class);
  private static final Pattern DEVICE =
      Pattern.compile("([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})\\s+(.*)");

  /** RSSI reported for every packet, since hcitool does not print it (dBm). */
  static final int UNKNOWN_RSSI = -127;

  private final Process process;
  private final ThreadPoolExecutor delivery;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final List<String> errors = new ArrayList<>();

  private LeScan(Process process, Consumer<Advertisement> listener) {
    this.process = process;
    this.delivery =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(4096),
            r -> daemon(r, "hcitool-scan-listener"),
            new ThreadPoolExecutor.DiscardPolicy());
    Thread reader = daemon(() -> read(listener), "hcitool-scan-reader");
    reader.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Starts a scan and waits until hcitool reports it running. */
  static LeScan start(GatttoolSettings settings, ScanOptions options, Consumer<Advertisement> l) {
    List<String> args = new ArrayList<>(List.of("-i", settings.adapter(), "lescan"));
    if (!options.active()) {
      args.add("--passive");
    }
    if (settings.scanDuplicates()) {
      args.add("--duplicates");
    }
    LeScan scan = new LeScan(ToolProcess.start(settings, settings.hcitool(), args), l);
    try {
      Futures.await(scan.started, settings.scanStartTimeout(), "hcitool lescan to start");
    } catch (RuntimeException e) {
      scan.close();
      throw e instanceof BleTimeoutException || e instanceof AdapterUnavailableException
          ? e
          : new AdapterUnavailableException("scan failed to start: " + e.getMessage(), e);
    }
    return scan;
  }

  private void read(Consumer<Advertisement> listener) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
      String line;
      while ((line = in.readLine()) != null) {
        try {
          onLine(TerminalText.stripAnsi(line).strip(), listener);
        } catch (RuntimeException e) {
          LOG.warn("hcitool line '{}' not understood: {}", line, e.toString());
        }
      }
    } catch (IOException e) {
      LOG.debug("hcitool output closed: {}", e.toString());
    }
    String why;
    synchronized (errors) {
      why = errors.isEmpty() ? "hcitool ended before the scan started" : String.join("; ", errors);
    }
    started.completeExceptionally(
        new AdapterUnavailableException(
            "cannot scan: "
                + why
                + " (hcitool lescan needs root or CAP_NET_ADMIN and an adapter)"));
  }

  private void onLine(String line, Consumer<Advertisement> listener) {
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("LE Scan")) {
      started.complete(null);
      return;
    }
    Matcher m = DEVICE.matcher(line);
    if (m.matches()) {
      Advertisement a =
          new Advertisement(
              BleAddress.parse(m.group(1)),
              AddressType.PUBLIC,
              UNKNOWN_RSSI,
              Advertisement.PacketType.CONNECTABLE,
              nameData(m.group(2).strip()),
              System.nanoTime());
      delivery.execute(
          () -> {
            try {
              listener.accept(a);
            } catch (RuntimeException e) {
              LOG.warn("scan listener failed", e);
            }
          });
      return;
    }
    synchronized (errors) {
      errors.add(line);
    }
    LOG.info("hcitool: {}", line);
  }

  /** A Complete Local Name AD structure for a name, nothing for {@code (unknown)}. */
  static byte[] nameData(String name) {
    if (name.isEmpty() || name.equals("(unknown)")) {
      return new byte[0];
    }
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(text.length, 29);
    byte[] out = new byte[n + 2];
    out[0] = (byte) (n + 1);
    out[1] = 0x09;
    System.arraycopy(text, 0, out, 2, n);
    return out;
  }

  /** Stops hcitool with SIGINT (so it turns scanning off), then forcibly if it lingers. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start()
            .waitFor(2, TimeUnit.SECONDS);
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException e) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    delivery.shutdown();
  }
}
