package io.gattscope.app.device;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.Settings;
import io.gattscope.app.util.Ticker;
import io.gattscope.app.util.UiExecutor;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * What every view model shares: the UI executor, a background executor for blocking work, the
 * ticker, clocks, knowledge, settings, the log, and the hooks the views provide.
 *
 * @param nanoClock the monotonic clock advertisement timestamps use ({@code System::nanoTime})
 */
public record AppContext(
    UiExecutor ui,
    Executor background,
    Ticker ticker,
    LongSupplier nanoClock,
    Clock clock,
    GattKnowledge knowledge,
    Settings settings,
    LogViewModel log,
    PairingPrompt pairing,
    ChartOpener charts) {}
