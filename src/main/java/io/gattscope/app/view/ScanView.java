package io.gattscope.app.view;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.scan.ScanListViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.gatt.format.Hex;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The scan list with its filter, minimum-RSSI slider, advertising detail pane and actions. */
final class ScanView {
  private final MainViewModel main;
  private final ScanListViewModel vm;
  private final TextField filter = new TextField();
  private final TableView<ScanRow> table = new TableView<>();
  private final TextArea details = new TextArea();

  ScanView(MainViewModel main) {
    this.main = main;
    this.vm = main.scan();
  }

  SplitPane build() {
    filter.setId("scanFilter");
    filter.setPromptText("Filter: name, address, service, company (Ctrl+F)");
    filter.textProperty().bindBidirectional(vm.filterProperty());
    Slider rssi = new Slider(-127, 0, vm.minimumRssiProperty().get());
    rssi.setId("minRssiSlider");
    rssi.valueProperty().bindBidirectional(vm.minimumRssiProperty());
    Label rssiLabel = new Label();
    rssiLabel.textProperty().bind(Bindings.format(Locale.ROOT, "≥ %.0f dBm", rssi.valueProperty()));
    rssi.setTooltip(new Tooltip("Hide advertisers weaker than this"));
    HBox rssiBox = new HBox(6, new Label("Min RSSI"), rssi, rssiLabel);
    HBox.setHgrow(rssi, Priority.ALWAYS);

    table.setId("scanTable");
    table.setPlaceholder(new Label("Press Scan (F5) to list advertisers"));
    table.getColumns().add(column("Name", 130, r -> r.nameProperty()));
    TableColumn<ScanRow, String> address = new TableColumn<>("Address");
    address.setPrefWidth(170);
    address.setCellValueFactory(
        c ->
            Bindings.createStringBinding(
                () -> c.getValue().addressText(), c.getValue().resultProperty()));
    table.getColumns().add(address);
    TableColumn<ScanRow, int[]> rssiCol = new TableColumn<>("RSSI");
    rssiCol.setPrefWidth(150);
    rssiCol.setCellValueFactory(c -> c.getValue().rssiHistoryProperty());
    rssiCol.setCellFactory(c -> new SparklineCell());
    rssiCol.setComparator((a, b) -> Integer.compare(last(a), last(b)));
    table.getColumns().add(rssiCol);
    table.getColumns().add(column("Company", 110, r -> r.companyProperty()));
    table.getColumns().add(column("Services", 140, r -> r.servicesProperty()));
    TableColumn<ScanRow, String> seen = column("Last seen", 80, r -> r.lastSeenTextProperty());
    seen.setComparator((a, b) -> Long.compare(seconds(a), seconds(b)));
    table.getColumns().add(seen);
    SortedList<ScanRow> sorted = new SortedList<>(vm.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setRowFactory(
        t -> {
          TableRow<ScanRow> row = new TableRow<>();
          ChangeListener<Boolean> stale = (o, a, b) -> row.pseudoClassStateChanged(Css.STALE, b);
          row.itemProperty()
              .addListener(
                  (o, old, item) -> {
                    if (old != null) {
                      old.staleProperty().removeListener(stale);
                    }
                    row.pseudoClassStateChanged(
                        Css.STALE, item != null && item.staleProperty().get());
                    if (item != null) {
                      item.staleProperty().addListener(stale);
                    }
                  });
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                  main.connect(row.getItem());
                }
              });
          return row;
        });
    vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    vm.selectedProperty().addListener((o, a, row) -> showDetails(row));

    Button connect = new Button("Connect");
    connect.setId("connectButton");
    connect.disableProperty().bind(main.connectCommand().executableProperty().not());
    connect.setOnAction(e -> main.connectCommand().execute());
    connect.setTooltip(new Tooltip("Connect to the selected device (or double-click it)"));
    Button copy = new Button("Copy address");
    copy.disableProperty().bind(vm.selectedProperty().isNull());
    copy.setOnAction(
        e -> {
          ClipboardContent c = new ClipboardContent();
          c.putString(vm.selectedProperty().get().address().toString());
          Clipboard.getSystemClipboard().setContent(c);
        });
    Label error = new Label();
    error.getStyleClass().add("error-text");
    error.textProperty().bind(vm.errorProperty());
    HBox actions = new HBox(6, connect, copy);
    VBox top = new VBox(6, filter, rssiBox, table, actions, error);
    VBox.setVgrow(table, Priority.ALWAYS);
    top.setPadding(new Insets(6));
    details.setId("adDetails");
    details.setEditable(false);
    details.setPromptText("Select an advertiser to see its AD structures");
    SplitPane split = new SplitPane(top, details);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.72);
    return split;
  }

  TextField filterField() {
    return filter;
  }

  private void showDetails(ScanRow row) {
    if (row == null) {
      details.clear();
      return;
    }
    StringBuilder sb = new StringBuilder(row.displayName()).append('\n').append(row.addressText());
    sb.append("\n\n");
    for (GattKnowledge.AdStructure s : vm.details(row)) {
      sb.append(s.typeName()).append(": ").append(s.summary()).append('\n');
      sb.append("    raw ").append(Hex.format(s.raw())).append('\n');
    }
    var r = row.resultProperty().get();
    sb.append("\nAdvertising data: ").append(Hex.format(r.advertisingData()));
    sb.append("\nScan response:    ").append(Hex.format(r.scanResponseData()));
    details.setText(sb.toString());
  }

  private static int last(int[] a) {
    return a == null || a.length == 0 ? -128 : a[a.length - 1];
  }

  private static TableColumn<ScanRow, String> column(
      String title, double width, Function<ScanRow, ObservableValue<String>> value) {
    TableColumn<ScanRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(f -> value.apply(f.getValue()));
    return c;
  }

  private static long seconds(String ago) {
    int space = ago.indexOf(' ');
    return space > 0 ? Long.parseLong(ago.substring(0, space)) : 0;
  }
}
