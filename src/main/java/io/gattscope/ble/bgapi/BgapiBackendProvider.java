package io.gattscope.ble.bgapi;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.bgapi.link.SerialLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds BGAPI dongles (USB 2458:0001) and opens one by serial path, e.g. {@code
 * bgapi:/dev/ttyACM0}.
 */
public final class BgapiBackendProvider implements BackendProvider {

  @Override
  public String kind() {
    return "bgapi";
  }

  @Override
  public List<AdapterDescriptor> available() {
    return SerialLink.findBled112().stream()
        .map(path -> new AdapterDescriptor("bgapi:" + path, "BLED112 on " + path, kind(), false))
        .toList();
  }

  @Override
  public BleBackend create(String argument) {
    String path = argument;
    if (path.isBlank()) {
      List<String> found = SerialLink.findBled112();
      if (found.isEmpty()) {
        throw new AdapterUnavailableException(
            "no BGAPI dongle found (looked for USB vendor 0x2458, product 0x0001); "
                + "give its serial port as bgapi:/dev/ttyACM0");
      }
      path = found.get(0);
    } else if (!Files.exists(Path.of(path))) {
      throw new AdapterUnavailableException("serial port " + path + " does not exist");
    }
    return new BgapiBackend(new SerialLink(path), BgapiOptions.defaults());
  }

  @Override
  public int priority() {
    return 10;
  }
}
