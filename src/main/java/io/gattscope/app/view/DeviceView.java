package io.gattscope.app.view;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.ble.ConnectionState;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The content of one device tab: link facts and actions, the GATT tree, the detail pane. */
final class DeviceView {
  private final DeviceViewModel vm;
  private final CharacteristicView detailView;
  private final TreeTableView<GattNode> tree = new TreeTableView<>();
  private final TextField search = new TextField();
  private final ScrollPane detail = new ScrollPane();

  DeviceView(DeviceViewModel vm, CharacteristicView detailView) {
    this.vm = vm;
    this.detailView = detailView;
  }

  Node build() {
    Label status = new Label();
    status.setId("deviceStatus");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("device-status");
    vm.lastReasonProperty()
        .addListener((o, a, b) -> status.pseudoClassStateChanged(Css.ERROR, !b.isEmpty()));
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(vm.busyProperty());
    Label facts = new Label();
    facts.setId("linkFacts");
    facts
        .textProperty()
        .bind(
            Bindings.format(
                "RSSI %s   interval %s   MTU %s   %s",
                vm.rssiProperty(), vm.intervalProperty(), vm.mtuProperty(), vm.bondProperty()));
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
    Label pairError = new Label();
    pairError.getStyleClass().add("error-text");
    pairError.textProperty().bind(vm.pairingErrorProperty());
    HBox header =
        new HBox(10, progress, status, facts, disconnect, reconnect, pair, auto, pairError);
    header.setPadding(new Insets(6));
    header.getStyleClass().add("device-header");

    search.setId("gattSearch");
    search.setPromptText("Search name, UUID or handle");
    search.textProperty().addListener((o, a, b) -> rebuildTree());
    tree.setId("gattTree");
    tree.setShowRoot(false);
    tree.setPlaceholder(new Label("No services discovered yet"));
    tree.getColumns().add(column("Name", 170, n -> n.name()));
    tree.getColumns().add(column("UUID", 120, n -> new ReadOnlyStringWrapper(n.uuidText())));
    tree.getColumns().add(column("Handle", 70, n -> new ReadOnlyStringWrapper(n.handleText())));
    tree.getColumns().add(column("Properties", 90, n -> new ReadOnlyStringWrapper(n.properties())));
    tree.getColumns().add(column("Value", 230, n -> n.value()));
    vm.services().addListener((ListChangeListener<GattNode>) c -> rebuildTree());
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) ->
                detail.setContent(detailView.build(item == null ? null : item.getValue())));
    detail.setFitToWidth(true);
    detail.setContent(detailView.build(null));
    VBox left = new VBox(4, search, tree);
    VBox.setVgrow(tree, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, detail);
    split.setDividerPositions(0.55);
    VBox root = new VBox(header, split);
    VBox.setVgrow(split, Priority.ALWAYS);
    rebuildTree();
    return root;
  }

  private void rebuildTree() {
    String text = search.getText() == null ? "" : search.getText().trim();
    TreeItem<GattNode> root = new TreeItem<>();
    add(root, vm.services(), text);
    tree.setRoot(root);
  }

  private static void add(TreeItem<GattNode> parent, List<GattNode> nodes, String text) {
    for (GattNode n : nodes) {
      if (text.isEmpty() || n.matches(text)) {
        TreeItem<GattNode> item = new TreeItem<>(n);
        item.setExpanded(true);
        add(item, n.children(), text.isEmpty() || n.matchesSelf(text) ? "" : text);
        parent.getChildren().add(item);
      }
    }
  }

  private static TreeTableColumn<GattNode, String> column(
      String title, double width, Function<GattNode, ObservableValue<String>> value) {
    TreeTableColumn<GattNode, String> c = new TreeTableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(
        f -> f.getValue().getValue() == null ? null : value.apply(f.getValue().getValue()));
    return c;
  }
}
