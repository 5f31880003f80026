package io.gattscope.app.knowledge;

import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.UserNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a names file into the user's names (saved to their names.json and used at once) and
 * exports the user's names to a file of the same format.
 */
public final class NamesTransfer {
  private final BluetoothNames names;
  private final Path namesFile;

  /**
   * @param names the names in use, updated on import
   * @param namesFile the user's names file, rewritten on import
   */
  public NamesTransfer(BluetoothNames names, Path namesFile) {
    this.names = names;
    this.namesFile = namesFile;
  }

  /**
   * Adds every name of {@code source} to the user's names (an imported name replaces the user's
   * name for the same UUID or company), writes the names file and uses the result.
   *
   * @return what was imported, for the log
   * @throws IOException with a specific reason when the file is missing, unreadable or not a valid
   *     names file; then nothing changes
   */
  public String importFrom(Path source) throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new IOException("Cannot import names: " + source + " is not a file");
    }
    UserNames imported = UserNames.read(source);
    Optional<String> problem = imported.problem();
    if (problem.isPresent()) {
      throw new IOException("Cannot import names, nothing changed: " + problem.get());
    }
    int count = count(imported);
    if (count == 0) {
      throw new IOException("Cannot import names: " + source + " holds no names");
    }
    UserNames current = names.userNames();
    UserNames merged =
        new UserNames(
            merge(current.services(), imported.services()),
            merge(current.characteristics(), imported.characteristics()),
            merge(current.descriptors(), imported.descriptors()),
            merge(current.companies(), imported.companies()),
            Optional.empty());
    merged.write(namesFile);
    names.useUserNames(merged);
    return "Imported " + count + (count == 1 ? " name" : " names") + " from " + source;
  }

  /**
   * Writes the user's names to {@code target} in the names-file format.
   *
   * @return what was exported, for the log
   */
  public String exportTo(Path target) throws IOException {
    UserNames current = names.userNames();
    int count = count(current);
    current.write(target);
    return "Exported " + count + (count == 1 ? " name" : " names") + " to " + target;
  }

  private static int count(UserNames n) {
    return n.services().size()
        + n.characteristics().size()
        + n.descriptors().size()
        + n.companies().size();
  }

  private static <K> Map<K, String> merge(Map<K, String> base, Map<K, String> added) {
    Map<K, String> out = new HashMap<>(base);
    out.putAll(added);
    return out;
  }
}
