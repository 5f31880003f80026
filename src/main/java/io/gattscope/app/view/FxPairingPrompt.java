package io.gattscope.app.view;

import io.gattscope.app.device.PairingPrompt;
import io.gattscope.ble.BleAddress;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Pairing dialogs, shown without blocking the FX thread (the caller waits on the future). */
public final class FxPairingPrompt implements PairingPrompt {

  @Override
  public CompletableFuture<Integer> askPasskey(BleAddress peer) {
    CompletableFuture<Integer> answer = new CompletableFuture<>();
    Dialog<Integer> dialog = new Dialog<>();
    dialog.setTitle("Pairing with " + peer);
    dialog.setHeaderText("Enter the 6-digit passkey shown by " + peer);
    TextField field = new TextField();
    field.setId("passkeyField");
    field.setPromptText("000000");
    field.setTooltip(new Tooltip("The six digits the device shows; OK pairs with them"));
    Label error = new Label();
    error.getStyleClass().add("error-text");
    dialog.getDialogPane().setContent(new VBox(6, field, error));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("passkeyOk");
    ok.setDisable(true);
    field
        .textProperty()
        .addListener(
            (o, a, text) -> {
              String problem = problem(text);
              error.setText(text.isEmpty() ? "" : problem);
              ok.setDisable(!problem.isEmpty());
            });
    dialog.setResultConverter(
        b -> b == ButtonType.OK ? Integer.parseInt(field.getText().trim()) : null);
    dialog.setOnHidden(
        e -> {
          Integer r = dialog.getResult();
          if (r == null) {
            answer.completeExceptionally(new CancellationException("passkey entry cancelled"));
          } else {
            answer.complete(r);
          }
        });
    dialog.show();
    field.requestFocus();
    return answer;
  }

  static String problem(String text) {
    String t = text.trim();
    if (!t.matches("\\d{1,6}")) {
      return "the passkey is 1 to 6 digits (0 to 999999)";
    }
    return "";
  }

  @Override
  public void showPasskey(BleAddress peer, int passkey) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.setTitle("Pairing with " + peer);
    alert.setHeaderText("Type this passkey on " + peer);
    alert.setContentText(String.format(Locale.ROOT, "%06d", passkey));
    alert.show();
  }

  @Override
  public CompletableFuture<Boolean> confirmPasskey(BleAddress peer, int passkey) {
    ButtonType same = new ButtonType("Numbers match", ButtonBar.ButtonData.YES);
    ButtonType differ = new ButtonType("They differ", ButtonBar.ButtonData.NO);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", same, differ);
    alert.setTitle("Pairing with " + peer);
    alert.setHeaderText("Does " + peer + " show this number?");
    Label number = new Label(String.format(Locale.ROOT, "%06d", passkey));
    number.setId("comparePasskey");
    number.getStyleClass().add("pairing-number");
    alert.getDialogPane().setContent(number);
    alert.getDialogPane().lookupButton(same).setId("passkeySame");
    alert.getDialogPane().lookupButton(differ).setId("passkeyDiffer");
    return ask(alert, same);
  }

  @Override
  public CompletableFuture<Boolean> authorizePairing(BleAddress peer) {
    ButtonType pair = new ButtonType("Pair", ButtonBar.ButtonData.YES);
    ButtonType cancel = new ButtonType("Don't pair", ButtonBar.ButtonData.NO);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", pair, cancel);
    alert.setTitle("Pairing with " + peer);
    alert.setHeaderText("Pair with " + peer + "?");
    alert.setContentText(
        "The device asks to pair without a passkey (\"just works\"): the link is encrypted but"
            + " not protected against a device in the middle.");
    alert.getDialogPane().lookupButton(pair).setId("pairAllow");
    alert.getDialogPane().lookupButton(cancel).setId("pairDeny");
    return ask(alert, pair);
  }

  /** Shows the alert without blocking; completes with whether the user chose {@code yes}. */
  private static CompletableFuture<Boolean> ask(Alert alert, ButtonType yes) {
    CompletableFuture<Boolean> answer = new CompletableFuture<>();
    alert.setOnHidden(e -> answer.complete(alert.getResult() == yes));
    alert.show();
    return answer;
  }
}
