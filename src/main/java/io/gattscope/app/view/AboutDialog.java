package io.gattscope.app.view;

import io.gattscope.ble.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The About box: what GattScope is, its version, and the credits for the data it ships. */
final class AboutDialog {
  private static final String LICENSE = "/data/bluetooth-numbers/LICENSE";

  private AboutDialog() {}

  /** The text shown in the box (also used by tests). */
  static String text() {
    return "GattScope "
        + Version.get()
        + "\nA Bluetooth Low Energy explorer and library: BGAPI, BlueZ, gatttool and a simulator.\n\n"
        + "Bluetooth numbers (service, characteristic, descriptor, company and appearance names):\n"
        + "Nordic Semiconductor's Bluetooth Numbers Database, BSD-3-Clause licence:\n\n"
        + licence()
        + "\n\nBGAPI message definitions checked against bleapi.xml from Jeff Rowberg's BGLib (MIT).\n"
        + "Built with OpenJFX, ChartFX, ControlsFX, jSerialComm, dbus-java, picocli and Jackson.";
  }

  /** Shows the box over the owner window. */
  static void show(Window owner) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("About GattScope");
    alert.setHeaderText("GattScope");
    TextArea area = new TextArea(text());
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefSize(560, 360);
    alert.getDialogPane().setContent(area);
    alert.show();
  }

  private static String licence() {
    try (InputStream in = AboutDialog.class.getResourceAsStream(LICENSE)) {
      if (in == null) {
        return "(licence file " + LICENSE + " is missing from this build)";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(licence file could not be read: " + e.getMessage() + ")";
    }
  }
}
