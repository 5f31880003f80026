package io.gattscope.app.view;

import io.gattscope.app.device.GattNode;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.UserNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for a name for a service, characteristic or descriptor UUID and saves it to the user's names
 * file, which the explorer and the CLI both read through {@link BluetoothNames}.
 */
final class NameDialog {
  private NameDialog() {}

  /** Shows the dialog for the row; an empty answer removes the user's name. */
  static void ask(Window owner, GattNode node, String device, LogViewModel log) {
    TextInputDialog dialog = new TextInputDialog(node.name().get());
    dialog.initOwner(owner);
    dialog.setTitle("Name this UUID");
    dialog.setHeaderText("A name for " + node.uuidText() + " on every device (empty removes it)");
    dialog.getEditor().setId("uuidNameField");
    dialog
        .showAndWait()
        .ifPresent(
            name -> {
              try {
                save(node, name);
                log.info(device, "Named " + node.uuidText() + " \"" + name.strip() + "\"");
                if (node.characteristic() != null && !name.isBlank()) {
                  node.characteristic().useName(name.strip());
                }
              } catch (IOException | RuntimeException ex) {
                log.error(device, ErrorText.failed("Saving the name", ex));
              }
            });
  }

  /** Adds the name to the shared names and writes the names file. */
  static void save(GattNode node, String name) throws IOException {
    UserNames.Kind kind =
        switch (node.kind()) {
          case SERVICE -> UserNames.Kind.SERVICE;
          case CHARACTERISTIC -> UserNames.Kind.CHARACTERISTIC;
          default -> UserNames.Kind.DESCRIPTOR;
        };
    UUID uuid =
        node.characteristic() != null
            ? node.characteristic().characteristic().uuid()
            : Uuids.parse(node.uuidText());
    BluetoothNames names = BluetoothNames.get();
    UserNames updated = names.userNames().with(kind, uuid, name);
    Path file =
        UserNames.defaultFile().orElseThrow(() -> new IOException("no home directory for names"));
    updated.write(file);
    names.useUserNames(updated);
  }
}
