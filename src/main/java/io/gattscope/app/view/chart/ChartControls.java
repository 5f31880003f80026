package io.gattscope.app.view.chart;

import io.gattscope.app.chart.AxisMode;
import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.stream.CsvTarget;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controls above a live chart: window length, pause, record, export, the layout editor with its
 * live error, channel check boxes, rates and drop count.
 */
final class ChartControls extends VBox {
  private static final Logger LOG = LoggerFactory.getLogger(ChartControls.class);

  private final ChartViewModel model;
  private final LiveChartPane pane;
  private final Label message = new Label();

  ChartControls(ChartViewModel model, LiveChartPane pane) {
    super(4);
    this.model = model;
    this.pane = pane;
    setPadding(new Insets(4));

    ChoiceBox<Duration> window = new ChoiceBox<>();
    window.setId("window");
    window.getItems().setAll(ChartViewModel.WINDOW_CHOICES);
    window.setConverter(new WindowNames());
    window.valueProperty().bindBidirectional(model.windowProperty());
    window.setTooltip(new Tooltip("How much time the chart shows"));
    SegmentedButton axes = axisModes(model.axisModeProperty());
    ToggleButton pause = new ToggleButton("Pause");
    pause.setId("pause");
    pause.selectedProperty().bindBidirectional(model.pausedProperty());
    pause.setTooltip(new Tooltip("Freeze the view; samples keep arriving into the buffer"));
    ToggleButton record = new ToggleButton("Record…");
    record.setId("record");
    record.setOnAction(e -> toggleRecording(record));
    record.setTooltip(new Tooltip("Record every sample to a CSV file until pressed again"));
    model.recordingProperty().addListener((o, was, now) -> record.setSelected(now));
    Button csv = new Button("Export CSV…");
    csv.setOnAction(e -> choose("CSV", "*.csv").ifPresent(this::exportCsv));
    csv.setTooltip(new Tooltip("Save the samples in the shown window as CSV"));
    Button png = new Button("Export PNG…");
    png.setOnAction(e -> choose("PNG", "*.png").ifPresent(this::exportPng));
    png.setTooltip(new Tooltip("Save the chart as a picture"));
    Button live = new Button("Live");
    live.setId("live");
    live.setOnAction(e -> pane.followLive());
    live.setTooltip(new Tooltip("Follow the newest samples again"));
    // wraps instead of truncating the buttons when charts sit side by side
    FlowPane row1 =
        new FlowPane(6, 4, new Label("Window"), window, axes, pause, live, record, csv, png);
    row1.setAlignment(Pos.CENTER_LEFT);
    row1.getChildren().add(message);

    TextField spec = new TextField();
    spec.setId("layout");
    spec.promptTextProperty().bind(model.layoutHintProperty());
    spec.textProperty().bindBidirectional(model.layoutSpecProperty());
    HBox.setHgrow(spec, Priority.ALWAYS);
    spec.setTooltip(new Tooltip("How a payload splits into channels; Apply layout uses it"));
    Button apply = new Button("Apply layout");
    apply.setId("apply-layout");
    apply.setOnAction(e -> model.applyLayout());
    apply.setTooltip(new Tooltip("Decode the buffered and new payloads with this layout"));
    apply.disableProperty().bind(model.layoutErrorProperty().isNotEmpty());
    Label error = new Label();
    error.setId("layout-error");
    error.getStyleClass().add("error-text");
    error
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.layoutErrorProperty().get().isEmpty()
                        ? ""
                        : "at "
                            + model.layoutErrorPositionProperty().get()
                            + ": "
                            + model.layoutErrorProperty().get(),
                model.layoutErrorProperty(),
                model.layoutErrorPositionProperty()));
    model
        .layoutErrorPositionProperty()
        .addListener(
            (o, was, now) -> {
              if (now.intValue() >= 0 && spec.isFocused()) {
                spec.positionCaret(Math.min(now.intValue(), spec.getLength()));
              }
            });
    Button pick = new Button("Pick fields…");
    pick.setId("pick-layout");
    pick.setOnAction(e -> LayoutPicker.open(pick, model));
    pick.setTooltip(new Tooltip("Build the layout field by field from a payload"));
    pick.setMinWidth(Region.USE_PREF_SIZE);
    apply.setMinWidth(Region.USE_PREF_SIZE);
    spec.setMinWidth(120);
    HBox row2 = new HBox(6, new Label("Layout"), spec, pick, apply, error);
    row2.setAlignment(Pos.CENTER_LEFT);

    FlowPane boxes = new FlowPane(8, 2);
    model.channels().addListener((ListChangeListener<ChartChannel>) c -> fillBoxes(boxes));
    fillBoxes(boxes);
    Label rates = new Label();
    rates.setId("rates");
    rates
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.ratesProperty().get() + " · dropped: " + model.droppedProperty().get(),
                model.ratesProperty(),
                model.droppedProperty()));
    Label recording = new Label();
    recording.textProperty().bind(model.recordingStatusProperty());
    FlowPane row3 = new FlowPane(12, 2, boxes, rates, recording);
    getChildren().addAll(row1, row2, row3);
  }

  /**
   * One segment per axis mode, exactly one pressed, following the model both ways (a click on the
   * pressed segment keeps it pressed).
   */
  static SegmentedButton axisModes(ObjectProperty<AxisMode> mode) {
    SegmentedButton axes = new SegmentedButton();
    axes.setId("axis-mode");
    ToggleGroup group = axes.getToggleGroup();
    for (AxisMode m : AxisMode.values()) {
      ToggleButton b = new ToggleButton(shortName(m));
      b.setId("axis-" + m.name());
      b.setUserData(m);
      b.setTooltip(new Tooltip("Y axes: " + m.toString().toLowerCase(Locale.ROOT)));
      b.setToggleGroup(group);
      axes.getButtons().add(b);
    }
    Runnable follow =
        () ->
            axes.getButtons().stream()
                .filter(b -> b.getUserData() == mode.get())
                .forEach(b -> b.setSelected(true));
    follow.run();
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                group.selectToggle(was);
              } else {
                mode.set((AxisMode) now.getUserData());
              }
            });
    mode.addListener((o, was, now) -> follow.run());
    return axes;
  }

  /** A short segment label, so the tool bar fits beside a second chart; the tooltip says more. */
  private static String shortName(AxisMode m) {
    return switch (m) {
      case AXIS_PER_UNIT -> "Axis per unit";
      case LANE_PER_UNIT -> "Lanes";
      case SHARED -> "Shared";
    };
  }

  private void fillBoxes(FlowPane boxes) {
    boxes.getChildren().clear();
    for (ChartChannel c : model.channels()) {
      CheckBox box = new CheckBox(c.label());
      box.setId("channel-" + c.name());
      box.selectedProperty().bindBidirectional(c.visibleProperty());
      box.setTooltip(new Tooltip("Show or hide " + c.label()));
      boxes.getChildren().add(box);
    }
  }

  private void toggleRecording(ToggleButton record) {
    try {
      if (model.recordingProperty().get()) {
        model.stopRecording();
      } else {
        var file = choose("CSV", "*.csv");
        if (file.isPresent()) {
          boolean exists = model.recordingTarget(file.get()) == CsvTarget.EXISTING_FILE;
          if (!exists || confirmReplace(file.get())) {
            // the decision covers this file only: a link put there meanwhile is still refused
            model.startRecording(file.get(), exists);
          }
        }
      }
      message.setText("");
    } catch (IOException | RuntimeException e) {
      LOG.warn("recording failed", e);
      message.setText("recording failed: " + e.getMessage());
    }
    record.setSelected(model.recordingProperty().get());
  }

  /** Asks before a recording replaces an existing file; false unless the user says replace. */
  private boolean confirmReplace(Path file) {
    ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            file + " exists. Replace it with the recording?",
            replace,
            ButtonType.CANCEL);
    alert.setHeaderText("Replace " + file.getFileName() + "?");
    if (getScene() != null) {
      alert.initOwner(getScene().getWindow());
    }
    return alert.showAndWait().filter(replace::equals).isPresent();
  }

  private void exportCsv(Path file) {
    try {
      message.setText(pane.exportVisibleCsv(file) + " rows exported");
    } catch (IOException | RuntimeException e) {
      LOG.warn("CSV export to {} failed", file, e);
      message.setText("export failed: " + e.getMessage());
    }
  }

  private void exportPng(Path file) {
    try {
      pane.exportPng(file);
      message.setText("saved " + file.getFileName());
    } catch (IOException | RuntimeException e) {
      LOG.warn("PNG export to {} failed", file, e);
      message.setText("export failed: " + e.getMessage());
    }
  }

  private Optional<Path> choose(String kind, String pattern) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
    File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    return Optional.ofNullable(f).map(File::toPath);
  }

  /** Shows window lengths as "10 s" or "5 min". */
  private static final class WindowNames extends StringConverter<Duration> {
    @Override
    public String toString(Duration d) {
      if (d == null) {
        return "";
      }
      return d.toSeconds() < 60 ? d.toSeconds() + " s" : d.toMinutes() + " min";
    }

    @Override
    public Duration fromString(String s) {
      return ChartViewModel.WINDOW_CHOICES.stream()
          .filter(d -> toString(d).equals(s))
          .findFirst()
          .orElse(null);
    }
  }
}
