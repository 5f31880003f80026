package io.gattscope.app.view;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.scan.ScanListViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.gatt.format.Hex;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The scan list with its filter, minimum-RSSI slider, advertising detail pane and actions. */
final class ScanView {
  /** Room for the widest address line, "DD:DD:DD:DD:DD:DD (random)", uncut. */
  private static final double DEVICE_WIDTH = 200;

  /** Room for "-127 dBm", the sparkline and "59 s ago". */
  private static final double RSSI_WIDTH = 110;

  private final MainViewModel main;
  private final ScanListViewModel vm;
  private final TextField filter = TextFields.createClearableTextField();
  private final TableView<ScanRow> table = new TableView<>();
  private final TextArea details = new TextArea();
  private final InvalidationListener refreshDetails = o -> refreshShown();
  private ScanRow shown;

  ScanView(MainViewModel main) {
    this.main = main;
    this.vm = main.scan();
  }

  SplitPane build() {
    filter.setId("scanFilter");
    filter.setPromptText("Filter: name, address, service, company (Ctrl+F)");
    filter.textProperty().bindBidirectional(vm.filterProperty());
    filter.setTooltip(
        new Tooltip(
            "Show only advertisers whose name, address, service or company contains this (Ctrl+F)"));
    Slider rssi = new Slider(-127, 0, vm.minimumRssiProperty().get());
    rssi.setId("minRssiSlider");
    rssi.valueProperty().bindBidirectional(vm.minimumRssiProperty());
    Label rssiLabel = new Label();
    rssiLabel.textProperty().bind(Bindings.format(Locale.ROOT, "≥ %.0f dBm", rssi.valueProperty()));
    rssi.setTooltip(new Tooltip("Hide advertisers weaker than this"));
    rssi.setMinWidth(60);
    rssiLabel.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(rssi, Priority.ALWAYS);

    table.setId("scanTable");
    Label placeholder = new Label();
    placeholder.setId("scanPlaceholder");
    placeholder.getStyleClass().add("placeholder-text");
    placeholder.setWrapText(true);
    placeholder
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                this::placeholderText,
                vm.filterProperty(),
                vm.scanningProperty(),
                vm.minimumRssiProperty(),
                vm.rows()));
    table.setPlaceholder(placeholder);
    table.setTooltip(
        new Tooltip(
            "Advertisers heard by the scan; Enter or double-click connects the selected one"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<ScanRow, String> device =
        twoLines(
            "Device",
            r ->
                Bindings.createStringBinding(
                    () ->
                        (r.nameProperty().get().isEmpty() ? "(no name)" : r.nameProperty().get())
                            + "\n"
                            + r.addressText(),
                    r.nameProperty(),
                    r.resultProperty()));
    device.setPrefWidth(DEVICE_WIDTH);
    device.setMinWidth(DEVICE_WIDTH);
    table.getColumns().add(device);
    TableColumn<ScanRow, int[]> rssiCol = new TableColumn<>("RSSI");
    rssiCol.setPrefWidth(RSSI_WIDTH);
    rssiCol.setMinWidth(RSSI_WIDTH);
    rssiCol.setMaxWidth(140);
    rssiCol.setCellValueFactory(c -> c.getValue().rssiHistoryProperty());
    rssiCol.setCellFactory(c -> new SparklineCell());
    rssiCol.setComparator((a, b) -> Integer.compare(last(a), last(b)));
    table.getColumns().add(rssiCol);
    TableColumn<ScanRow, String> about =
        twoLines(
            "Company",
            r ->
                Bindings.createStringBinding(
                    () ->
                        (r.companyProperty().get().isEmpty() ? "—" : r.companyProperty().get())
                            + "\n"
                            + r.servicesProperty().get(),
                    r.companyProperty(),
                    r.servicesProperty()));
    about.setPrefWidth(120);
    about.setMinWidth(60);
    table.getColumns().add(about);
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
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              ScanRow kept = vm.selectedProperty().get();
              if (row == null && kept != null && sorted.contains(kept)) {
                return;
              }
              vm.selectedProperty().set(row);
            });
    sorted.addListener(
        (ListChangeListener<ScanRow>)
            c -> {
              ScanRow kept = vm.selectedProperty().get();
              if (kept != null
                  && table.getSelectionModel().getSelectedItem() != kept
                  && sorted.contains(kept)) {
                table.getSelectionModel().select(kept);
              }
            });
    vm.selectedProperty().addListener((o, a, row) -> showDetails(row));
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
            main.connect(table.getSelectionModel().getSelectedItem());
            e.consume();
          }
        });

    Button connect = new Button("Connect");
    connect.setId("connectButton");
    connect.disableProperty().bind(main.connectCommand().executableProperty().not());
    connect.setOnAction(e -> main.connectCommand().execute());
    connect.setTooltip(new Tooltip("Connect to the selected device (Enter or double-click)"));
    Button copy = new Button("Copy address");
    copy.setTooltip(new Tooltip("Copy the selected advertiser's address"));
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
    error.setWrapText(true);
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    Label minimum = new Label("Min RSSI");
    for (Region r : new Region[] {connect, copy, minimum}) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox actions = new HBox(6, connect, copy, minimum, rssi, rssiLabel);
    actions.setAlignment(Pos.CENTER_LEFT);
    HBox.setMargin(minimum, new Insets(0, 0, 0, 6));
    VBox top = new VBox(6, filter, table, actions, error);
    VBox.setVgrow(table, Priority.ALWAYS);
    top.setPadding(new Insets(6));
    details.setId("adDetails");
    details.setEditable(false);
    details.setWrapText(true);
    details.setTooltip(new Tooltip("The selected advertiser's AD structures, decoded and raw"));
    details.setPromptText("Select an advertiser to see its AD structures");
    SplitPane split = new SplitPane(top, details);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.78);
    return split;
  }

  private String placeholderText() {
    String text = vm.filterProperty().get() == null ? "" : vm.filterProperty().get().trim();
    if (!text.isEmpty() && (vm.scanningProperty().get() || !vm.rows().isEmpty())) {
      return "No advertiser matches '" + text + "'";
    }
    if (!vm.rows().isEmpty()) {
      return String.format(
          Locale.ROOT, "No advertiser is stronger than %.0f dBm", vm.minimumRssiProperty().get());
    }
    return vm.scanningProperty().get()
        ? "Scanning… no advertiser heard yet"
        : "Press Scan (F5) to list advertisers";
  }

  TextField filterField() {
    return filter;
  }

  private void showDetails(ScanRow row) {
    if (shown != null) {
      shown.resultProperty().removeListener(refreshDetails);
    }
    ScanRow previous = shown;
    shown = row;
    if (row == null) {
      details.clear();
      return;
    }
    row.resultProperty().addListener(refreshDetails);
    String text = detailsText(row);
    if (row != previous) {
      details.setText(text);
      details.setScrollTop(0);
    } else {
      keepPlace(text);
    }
  }

  private void refreshShown() {
    if (shown != null) {
      keepPlace(detailsText(shown));
    }
  }

  /** Replaces the AD text keeping the scroll position and the selection. */
  private void keepPlace(String text) {
    if (text.equals(details.getText())) {
      return;
    }
    double top = details.getScrollTop();
    double left = details.getScrollLeft();
    int anchor = Math.min(details.getAnchor(), text.length());
    int caret = Math.min(details.getCaretPosition(), text.length());
    details.setText(text);
    details.selectRange(anchor, caret);
    details.setScrollTop(top);
    details.setScrollLeft(left);
  }

  private String detailsText(ScanRow row) {
    StringBuilder sb = new StringBuilder(row.displayName()).append('\n').append(row.addressText());
    sb.append("\n\n");
    for (GattKnowledge.AdStructure s : vm.details(row)) {
      sb.append(s.typeName()).append(": ").append(s.summary()).append('\n');
      sb.append("    raw ").append(Hex.format(s.raw())).append('\n');
    }
    var r = row.resultProperty().get();
    sb.append("\nAdvertising data: ").append(Hex.format(r.advertisingData()));
    sb.append("\nScan response:    ").append(Hex.format(r.scanResponseData()));
    return sb.toString();
  }

  private static int last(int[] a) {
    return a == null || a.length == 0 ? -128 : a[a.length - 1];
  }

  private static TableColumn<ScanRow, String> twoLines(
      String title, Function<ScanRow, ObservableValue<String>> value) {
    TableColumn<ScanRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> value.apply(f.getValue()));
    c.setCellFactory(x -> new TwoLineCell());
    return c;
  }
}
