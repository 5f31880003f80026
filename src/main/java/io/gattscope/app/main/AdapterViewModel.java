package io.gattscope.app.main;

import io.gattscope.app.device.AppContext;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleBackend;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The adapter picker: lists adapters, opens the chosen one off the UI thread, remembers the choice,
 * shows a banner when the adapter is lost and reopens it when it returns.
 */
public final class AdapterViewModel {
  static final String SETTING = "adapter";
  private final AppContext ctx;
  private final Backends backends;
  private final ObservableList<AdapterDescriptor> adapters = FXCollections.observableArrayList();
  private final ObjectProperty<AdapterDescriptor> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<BleBackend> backend = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("No adapter");
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
  private Consumer<String> onLost = reason -> {};
  private AutoCloseable recovery;
  private int generation;

  public AdapterViewModel(AppContext ctx, Backends backends) {
    this.ctx = ctx;
    this.backends = backends;
    selected.addListener((o, old, now) -> open(now));
  }

  /**
   * Lists the adapters and selects the remembered one, else the first real one, else the simulator.
   */
  public CompletableFuture<Void> start() {
    return CompletableFuture.supplyAsync(backends::available, ctx.background())
        .thenAccept(list -> ctx.ui().execute(() -> choose(list)));
  }

  private void choose(List<AdapterDescriptor> list) {
    adapters.setAll(list);
    String remembered = ctx.settings().get(SETTING, "");
    AdapterDescriptor pick =
        list.stream()
            .filter(a -> a.id().equals(remembered))
            .findFirst()
            .or(() -> list.stream().filter(a -> !a.simulated()).findFirst())
            .or(() -> list.stream().findFirst())
            .orElse(null);
    if (pick == null) {
      state.set("No adapter");
      banner.set("No Bluetooth adapter and no simulator found");
    }
    selected.set(pick);
  }

  private void open(AdapterDescriptor a) {
    int mine = ++generation;
    closeBackend();
    if (a == null) {
      return;
    }
    ctx.settings().put(SETTING, a.id());
    state.set(a.displayName() + ": opening…");
    CompletableFuture.supplyAsync(() -> backends.open(a.id()), ctx.background())
        .whenComplete(
            (b, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (mine != generation) {
                            if (b != null) {
                              b.stop();
                            }
                          } else if (e != null) {
                            state.set(a.displayName() + ": unavailable");
                            banner.set(
                                "Could not open " + a.displayName() + ": " + ErrorText.of(e));
                            ctx.log().error("", banner.get());
                          } else {
                            opened(a, b);
                          }
                        }));
  }

  private void opened(AdapterDescriptor a, BleBackend b) {
    stopRecovery();
    banner.set("");
    state.set(a.displayName() + ": ready");
    b.addAdapterListener((be, cause) -> ctx.ui().execute(() -> lost(a, be, cause)));
    backend.set(b);
    ctx.log().info("", "Adapter " + a.displayName() + " opened");
  }

  private void lost(AdapterDescriptor a, BleBackend b, Throwable cause) {
    if (backend.get() != b) {
      return;
    }
    backend.set(null);
    String reason = "adapter lost: " + ErrorText.of(cause);
    state.set(a.displayName() + ": lost");
    banner.set(
        a.displayName() + " was lost (" + ErrorText.of(cause) + "); waiting for it to return");
    ctx.log().error("", banner.get());
    onLost.accept(reason);
    stopRecovery();
    recovery = ctx.ticker().every(Duration.ofSeconds(2), () -> retry(a));
  }

  private void retry(AdapterDescriptor a) {
    if (backends.available().stream().anyMatch(x -> x.id().equals(a.id()))) {
      ctx.ui()
          .execute(
              () -> {
                if (backend.get() == null && a.equals(selected.get())) {
                  stopRecovery();
                  open(a);
                }
              });
    }
  }

  private void stopRecovery() {
    if (recovery != null) {
      try {
        recovery.close();
      } catch (Exception ignored) {
        // a cancelled timer has nothing more to release
      }
      recovery = null;
    }
  }

  private void closeBackend() {
    BleBackend b = backend.get();
    backend.set(null);
    if (b != null) {
      ctx.background().execute(b::stop);
    }
  }

  /** Closes the adapter (window closing). */
  public void shutdown() {
    stopRecovery();
    BleBackend b = backend.get();
    backend.set(null);
    if (b != null) {
      b.stop();
    }
  }

  void setOnLost(Consumer<String> handler) {
    this.onLost = handler;
  }

  public ObservableList<AdapterDescriptor> adapters() {
    return adapters;
  }

  /** The chosen adapter; choosing another one opens it. */
  public ObjectProperty<AdapterDescriptor> selectedProperty() {
    return selected;
  }

  /** The open, running backend, or null. */
  public ReadOnlyObjectProperty<BleBackend> backendProperty() {
    return backend.getReadOnlyProperty();
  }

  /** "Simulated adapter: ready" and the like, for the status bar. */
  public ReadOnlyStringProperty stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** A warning across the window (adapter lost or missing); empty when all is well. */
  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }
}
