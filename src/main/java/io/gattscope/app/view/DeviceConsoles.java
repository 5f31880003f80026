package io.gattscope.app.view;

import io.gattscope.app.console.ConsoleViewModel;
import io.gattscope.app.device.AppContext;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.stream.uart.UartPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The Console tabs of one device tab: a Console tab appears beside the GATT view when the device
 * has the Nordic UART Service, and "Open console…" adds one for any notify and write pair; each
 * console follows the link (closed when it drops, opened again on the same pair when it is back).
 */
final class DeviceConsoles {
  private final DeviceViewModel device;
  private final AppContext ctx;
  private final StackPane holder = new StackPane();
  private final TabPane tabs = new TabPane();
  private final List<Console> consoles = new ArrayList<>();
  private Node gatt;

  DeviceConsoles(DeviceViewModel device) {
    this.device = device;
    this.ctx = device.context();
    tabs.setId("deviceViews");
    device.deviceProperty().addListener((o, was, now) -> linkChanged(now));
  }

  /** The device tab's body: the GATT view alone, or tabs of it and the consoles once there are. */
  Node wrap(Node gattView) {
    gatt = gattView;
    holder.getChildren().setAll(gattView);
    linkChanged(device.deviceProperty().get());
    return holder;
  }

  /** The "Open console…" button, enabled while connected. */
  Button openButton() {
    Button b = new Button("Console…");
    b.setId("openConsoleButton");
    b.disableProperty().bind(device.deviceProperty().isNull());
    b.setOnAction(e -> ask());
    b.setTooltip(new Tooltip("A serial console on a notify and a write characteristic"));
    return b;
  }

  /** The same action for the GATT tree's context menu. */
  MenuItem openItem() {
    MenuItem item = new MenuItem("Open console…");
    item.setId("openConsoleItem");
    item.disableProperty().bind(device.deviceProperty().isNull());
    item.setOnAction(e -> ask());
    return item;
  }

  private void ask() {
    BleDevice d = device.deviceProperty().get();
    Optional<GattDatabase> db = d == null ? Optional.empty() : d.services();
    if (db.isEmpty()) {
      return;
    }
    ConsoleDialog.ask(holder.getScene().getWindow(), db.get(), ctx.knowledge())
        .ifPresent(pair -> open(d, pair, true));
  }

  private void linkChanged(BleDevice now) {
    if (gatt == null) {
      return;
    }
    for (Console c : consoles) {
      c.stop();
    }
    if (now == null) {
      return;
    }
    GattDatabase db = now.services().orElse(null);
    if (db == null) {
      return;
    }
    for (Console c : List.copyOf(consoles)) {
      try {
        c.start(now, again(db, c.pair));
      } catch (IllegalArgumentException e) {
        c.tab.setContent(new Label("This console's characteristics are gone: " + e.getMessage()));
      }
    }
    UartPair.nus(db)
        .filter(nus -> consoles.stream().noneMatch(c -> same(c.pair, nus)))
        .ifPresent(nus -> open(now, nus, false));
  }

  private void open(BleDevice d, UartPair pair, boolean select) {
    for (Console c : consoles) {
      if (same(c.pair, pair)) {
        tabs.getSelectionModel().select(c.tab);
        return;
      }
    }
    if (tabs.getTabs().isEmpty()) {
      Tab g = new Tab("GATT", gatt);
      g.setId("gattTab");
      g.setClosable(false);
      tabs.getTabs().add(g);
      holder.getChildren().setAll(tabs);
    }
    boolean nus = d.services().flatMap(UartPair::nus).filter(n -> same(n, pair)).isPresent();
    Console c = new Console(pair, nus);
    consoles.add(c);
    tabs.getTabs().add(c.tab);
    c.start(d, pair);
    if (select) {
      tabs.getSelectionModel().select(c.tab);
    }
  }

  /**
   * The pair in the database of the link that came back: the same handles when they still hold the
   * same types, else the types when each is unique.
   */
  private static UartPair again(GattDatabase db, UartPair was) {
    Optional<GattCharacteristic> tx = at(db, was.tx());
    Optional<GattCharacteristic> rx = at(db, was.rx());
    return tx.isPresent() && rx.isPresent()
        ? new UartPair(tx.get(), rx.get())
        : UartPair.of(db, was.tx().uuid(), was.rx().uuid());
  }

  private static Optional<GattCharacteristic> at(GattDatabase db, GattCharacteristic c) {
    return db.characteristics().stream()
        .filter(n -> n.valueHandle() == c.valueHandle() && n.uuid().equals(c.uuid()))
        .findFirst();
  }

  private static boolean same(UartPair a, UartPair b) {
    return a.tx().valueHandle() == b.tx().valueHandle()
        && a.rx().valueHandle() == b.rx().valueHandle();
  }

  /** One Console tab and the console model of the current link. */
  private final class Console {
    private final Tab tab = new Tab();
    private UartPair pair;
    private ConsoleViewModel vm;
    private AutoCloseable rates;

    Console(UartPair pair, boolean nus) {
      this.pair = pair;
      tab.setText(
          nus
              ? "Console"
              : String.format(
                  Locale.ROOT,
                  "Console 0x%04X/0x%04X",
                  pair.tx().valueHandle(),
                  pair.rx().valueHandle()));
      tab.getStyleClass().add("console-tab");
      tab.setOnClosed(
          e -> {
            stop();
            consoles.remove(this);
          });
    }

    void start(BleDevice d, UartPair now) {
      pair = now;
      vm = new ConsoleViewModel(d, now, ctx.ui());
      ConsoleViewModel current = vm;
      tab.setContent(new ConsoleView(current, ctx.charts()).build());
      rates =
          ctx.ticker()
              .every(
                  Duration.ofSeconds(1),
                  () -> ctx.ui().execute(() -> current.updateRates(ctx.nanoClock().getAsLong())));
      String who = d.address().toString();
      String what =
          String.format(
              Locale.ROOT,
              "Console: receiving on 0x%04X, sending to 0x%04X",
              now.tx().valueHandle(),
              now.rx().valueHandle());
      current
          .start()
          .whenComplete(
              (v, e) ->
                  ctx.ui()
                      .execute(
                          () -> {
                            if (e == null) {
                              ctx.log().info(who, what);
                            } else {
                              current.error().set(ErrorText.failed("Subscribing", e));
                              ctx.log().error(who, "Console: " + current.error().get());
                            }
                          }));
    }

    void stop() {
      if (vm != null) {
        vm.close();
        vm.error().set("the link is down; the console starts again when it is back");
        vm = null;
      }
      if (rates != null) {
        try {
          rates.close();
        } catch (Exception e) {
          // a ticker handle that cannot close has nothing left to release
        }
        rates = null;
      }
    }
  }
}
