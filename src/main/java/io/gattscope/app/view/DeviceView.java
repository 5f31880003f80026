package io.gattscope.app.view;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.device.SnapshotSaver;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.ConnectionState;
import java.util.List;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.textfield.TextFields;

/** The content of one device tab: link facts and actions, the GATT tree, the detail pane. */
final class DeviceView {
  private final DeviceViewModel vm;
  private final Settings settings;
  private final LogViewModel log;
  private final CharacteristicView detailView;
  private final TreeTableView<GattNode> tree = new TreeTableView<>();
  private final TextField search = TextFields.createClearableTextField();
  private final StackPane detail = new StackPane();
  private final NotificationPane notices = new NotificationPane();
  private final SnapshotSaveView snapshot;
  private final DeviceConsoles consoles;

  /** The tree's least width beside the detail pane: every column readable. */
  private static final double TREE_MIN = 480;

  /** The detail pane's least width beside the tree: a 200 px write field with its buttons. */
  private static final double DETAIL_MIN = 400;

  /** The least widths of the tree's columns: Name, UUID, Handle, Properties, Value. */
  private static final double[] COLUMN_LEAST = {130, 64, 64, 86, 100};

  /**
   * A device tab's least width: the tree's columns at their least widths, and 46 px for its scroll
   * bar, borders and the tab's insets.
   */
  static final double LEAST_WIDTH = DoubleStream.of(COLUMN_LEAST).sum() + 46;

  /** Below this tab width the detail pane goes under the tree. */
  private static final double NARROW = TREE_MIN + DETAIL_MIN + 60;

  DeviceView(
      DeviceViewModel vm,
      CharacteristicView detailView,
      Settings settings,
      LogViewModel log,
      SnapshotSaver saver) {
    this.vm = vm;
    this.snapshot = new SnapshotSaveView(saver, vm.title());
    this.log = log;
    this.settings = settings;
    this.detailView = detailView;
    this.consoles = new DeviceConsoles(vm);
  }

  Node build() {
    Node header = DeviceHeader.build(vm, consoles.openButton(), snapshot);
    search.setId("gattSearch");
    search.setPromptText("Search name, UUID or handle");
    search.textProperty().addListener((o, a, b) -> rebuildTree());
    tree.setId("gattTree");
    tree.setShowRoot(false);
    tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
    tree.setTooltip(
        new Tooltip("Services, characteristics and descriptors; select one for details"));
    search.setTooltip(new Tooltip("Show only rows whose name, UUID or handle contains this"));
    tree.setPlaceholder(new Label("No services discovered yet"));
    tree.getColumns().add(column("Name", 200, n -> n.name()));
    tree.getColumns().add(column("UUID", 80, n -> new ReadOnlyStringWrapper(n.uuidText())));
    tree.getColumns().add(column("Handle", 64, n -> new ReadOnlyStringWrapper(n.handleText())));
    tree.getColumns().add(column("Properties", 92, n -> new ReadOnlyStringWrapper(n.properties())));
    tree.getColumns().add(column("Value", 150, n -> n.value()));
    for (int i = 0; i < COLUMN_LEAST.length; i++) {
      tree.getColumns().get(i).setMinWidth(COLUMN_LEAST[i]);
    }
    vm.services().addListener((ListChangeListener<GattNode>) c -> rebuildTree());
    MenuItem rename = new MenuItem("Name this UUID…");
    rename.setId("nameUuidItem");
    rename.setOnAction(
        e -> {
          TreeItem<GattNode> item = tree.getSelectionModel().getSelectedItem();
          if (item != null && item.getValue() != null) {
            NameDialog.ask(
                tree.getScene().getWindow(), item.getValue(), vm.address().toString(), log);
          }
        });
    tree.setContextMenu(new ContextMenu(rename, consoles.openItem()));
    tree.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) ->
                detail
                    .getChildren()
                    .setAll(detailView.build(item == null ? null : item.getValue())));
    detail.setId("detailPane");
    detail.getChildren().setAll(detailView.build(null));
    VBox left = new VBox(4, search, tree);
    VBox.setVgrow(tree, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, detail);
    split.setId("deviceSplit");
    adaptOrientation(split);
    notices.setId("deviceNotices");
    notices.setContent(split);
    notices.setShowFromTop(true);
    vm.statusProperty()
        .addListener(
            (o, a, b) ->
                notice(
                    vm.stateProperty().get() == ConnectionState.DISCONNECTED
                            && !"Disconnected".equals(b)
                        ? b
                        : "",
                    reconnectAction()));
    vm.pairingErrorProperty().addListener((o, a, b) -> notice(b, pairAction()));
    Node body = consoles.wrap(notices);
    VBox root = new VBox(header, body);
    VBox.setVgrow(body, Priority.ALWAYS);
    rebuildTree();
    return root;
  }

  /**
   * Tree beside the detail pane when the tab is wide enough for both, above it otherwise (so the
   * tree keeps all its columns and the write field its width); in the side-by-side layout the
   * divider cannot squeeze either side below its least width; each orientation remembers its
   * divider.
   */
  private void adaptOrientation(SplitPane split) {
    split.setOrientation(Orientation.VERTICAL);
    Runnable apply =
        () -> {
          boolean vertical = split.getOrientation() == Orientation.VERTICAL;
          split.setDividerPositions(
              settings.getDouble(
                  vertical ? "layout.treeDividerStacked" : "layout.treeDivider",
                  vertical ? 0.6 : 0.55));
        };
    split
        .widthProperty()
        .addListener(
            (o, a, w) -> {
              double width = w.doubleValue();
              Orientation want =
                  width < NARROW
                      ? Orientation.VERTICAL
                      : width > NARROW + 40 ? Orientation.HORIZONTAL : split.getOrientation();
              if (width > 0 && want != split.getOrientation()) {
                split.setOrientation(want);
                apply.run();
              }
            });
    apply.run();
    split
        .getDividers()
        .get(0)
        .positionProperty()
        .addListener(
            (o, a, b) -> {
              boolean vertical = split.getOrientation() == Orientation.VERTICAL;
              double width = split.getWidth();
              if (!vertical && width >= NARROW) {
                double least = TREE_MIN / width;
                double most = 1 - DETAIL_MIN / width;
                double kept = Math.max(least, Math.min(most, b.doubleValue()));
                if (kept != b.doubleValue()) {
                  split.setDividerPosition(0, kept);
                  return;
                }
              }
              settings.put(
                  vertical ? "layout.treeDividerStacked" : "layout.treeDivider", b.toString());
            });
  }

  /** Shows a connection or pairing problem in the dismissable bar above the tree. */
  private void notice(String text, Action action) {
    if (text == null || text.isEmpty()) {
      notices.hide();
      return;
    }
    notices.getActions().setAll(action);
    notices.show(text);
  }

  private Action reconnectAction() {
    return new Action(
        "Reconnect",
        e -> {
          notices.hide();
          vm.connectCommand().execute();
        });
  }

  private Action pairAction() {
    return new Action(
        "Pair again",
        e -> {
          notices.hide();
          vm.pairCommand().execute();
        });
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
    c.setCellFactory(x -> new TipCell());
    c.setCellValueFactory(
        f -> f.getValue().getValue() == null ? null : value.apply(f.getValue().getValue()));
    return c;
  }

  /** A tree cell whose tooltip holds the full text, for when the column cuts it. */
  private static final class TipCell extends TreeTableCell<GattNode, String> {
    private final Tooltip tip = new Tooltip();

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      tip.setText(text);
      setTooltip(empty || text == null || text.isEmpty() ? null : tip);
    }
  }
}
