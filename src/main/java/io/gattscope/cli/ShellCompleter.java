package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes the shell's command names, the addresses of the last scan after {@code connect}, and
 * the connected device's characteristic UUIDs and value handles after {@code read}, {@code write},
 * {@code subscribe} and {@code unsubscribe}.
 */
final class ShellCompleter implements Completer {
  private static final Set<String> TAKES_CHARACTERISTIC =
      Set.of("read", "write", "subscribe", "unsubscribe");

  private final Shell shell;

  ShellCompleter(Shell shell) {
    this.shell = shell;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    if (index == 0) {
      for (String name : shell.commandNames()) {
        candidates.add(new Candidate(name));
      }
      return;
    }
    String command = words.get(0);
    if (index != 1) {
      return;
    }
    if (command.equals("connect")) {
      for (BleAddress a : shell.lastScan()) {
        candidates.add(new Candidate(a.toString()));
      }
    } else if (TAKES_CHARACTERISTIC.contains(command)) {
      GattDatabase db = shell.databaseOrNull();
      if (db == null) {
        return;
      }
      for (GattService s : db.services()) {
        for (GattCharacteristic c : s.characteristics()) {
          String name = Vocabulary.characteristicName(c.uuid()).orElse(null);
          String uuid = shortForm(c);
          candidates.add(new Candidate(uuid, uuid, "UUIDs", name, null, null, true));
          String handle = String.format(Locale.ROOT, "0x%04x", c.valueHandle());
          candidates.add(new Candidate(handle, handle, "handles", name, null, null, true));
        }
      }
    }
  }

  /** {@code 2a37} for SIG UUIDs, else the full UUID: the forms a characteristic accepts. */
  private static String shortForm(GattCharacteristic c) {
    return Uuids.shortValue(c.uuid()).isPresent()
            && Uuids.shortValue(c.uuid()).getAsLong() < 0x10000
        ? String.format(Locale.ROOT, "%04x", Uuids.shortValue(c.uuid()).getAsLong())
        : c.uuid().toString();
  }
}
