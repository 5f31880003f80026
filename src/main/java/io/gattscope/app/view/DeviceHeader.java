package io.gattscope.app.view;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.ble.ConnectionState;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A device tab's header: the link's status, actions and facts in rows that wrap rather than cut
 * their text, however narrow the tab.
 */
final class DeviceHeader {
  private DeviceHeader() {}

  /** The header of {@code vm}'s tab, with the console button and the snapshot saver's controls. */
  static Node build(DeviceViewModel vm, Button console, SnapshotSaveView snapshot) {
    Label status = new Label();
    status.setId("deviceStatus");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("device-status");
    status.setWrapText(true);
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(vm.statusProperty());
    status.setTooltip(statusTip);
    vm.lastReasonProperty()
        .addListener((o, a, b) -> status.pseudoClassStateChanged(Css.ERROR, !b.isEmpty()));
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.setMinSize(18, 18);
    progress.visibleProperty().bind(vm.busyProperty());
    progress.managedProperty().bind(vm.busyProperty());
    Button disconnect =
        CharacteristicView.button(
            "Disconnect", "disconnectButton", vm.disconnectCommand(), "End the connection");
    Button reconnect =
        CharacteristicView.button(
            "Reconnect", "reconnectButton", vm.connectCommand(), "Connect again");
    reconnect.visibleProperty().bind(vm.stateProperty().isEqualTo(ConnectionState.DISCONNECTED));
    reconnect.managedProperty().bind(reconnect.visibleProperty());
    Button pair =
        CharacteristicView.button(
            "Pair", "pairButton", vm.pairCommand(), "Pair and bond with the device");
    CheckBox auto = new CheckBox("Auto-reconnect");
    auto.setId("autoReconnect");
    auto.selectedProperty().bindBidirectional(vm.autoReconnectProperty());
    auto.setTooltip(new Tooltip("Reconnect after an unexpected drop and restore subscriptions"));
    HBox said = new HBox(6, progress, status);
    said.setAlignment(Pos.CENTER_LEFT);
    FlowPane actions = row(10, said, disconnect, reconnect, pair, console, auto);
    actions.setId("deviceActions");
    // a status longer than the row wraps on a line of its own instead of being cut
    // (not before the row has a width: a status squeezed to nothing would wrap letter by letter)
    status
        .maxWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> {
                  double room = actions.getWidth() - progress.prefWidth(-1) - 12;
                  return room > 0 ? room : Double.MAX_VALUE;
                },
                actions.widthProperty()));
    FlowPane facts =
        row(
            10,
            fact("RSSI %s", vm.rssiProperty(), "Signal strength of the link"),
            fact("interval %s", vm.intervalProperty(), "Connection interval"),
            fact("MTU %s", vm.mtuProperty(), "ATT MTU: the largest packet the link carries"),
            fact("%s", vm.bondProperty(), "Whether the device is bonded with this adapter"),
            snapshot.progress(),
            snapshot.button());
    facts.setId("linkFacts");
    VBox header = new VBox(4, actions, facts);
    header.setPadding(new Insets(6));
    header.getStyleClass().add("device-header");
    return header;
  }

  private static FlowPane row(double gap, Node... children) {
    FlowPane row = new FlowPane(gap, 4, children);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setRowValignment(VPos.CENTER);
    // measured unwrapped; wraps only when laid out (a flow pane sizes children at their
    // preferred widths, so none is ever squeezed or cut)
    row.setPrefWrapLength(Double.MAX_VALUE);
    return row;
  }

  private static Label fact(String format, ObservableValue<?> value, String tip) {
    Label l = new Label();
    l.textProperty().bind(Bindings.format(format, value));
    l.setTooltip(new Tooltip(tip));
    return l;
  }
}
