package io.gattscope.cli;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.bgapi.BgapiBackend;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs the command line in-process against the real simulator: each adapter the CLI opens is a
 * {@link BgapiBackend} over an in-memory link to a fresh {@link Simulator} the test can script.
 */
final class SimFixture implements AutoCloseable {
  private final List<Simulator> simulators = new CopyOnWriteArrayList<>();
  private final SimulatorConfig config = SimulatorConfig.defaults();
  private volatile Consumer<Simulator> setup = s -> {};
  private volatile Consumer<Simulator> afterConnect = s -> {};

  /** What one command printed and returned. */
  record Result(int code, String out, String err) {}

  /** Scripts each simulator right after it starts. */
  void setup(Consumer<Simulator> s) {
    setup = s;
  }

  /** Scripts each simulator once the CLI's connection is up. */
  void afterConnect(Consumer<Simulator> s) {
    afterConnect = s;
  }

  Backends backends() {
    return new Backends(List.of(provider()));
  }

  private BackendProvider provider() {
    return new BackendProvider() {
      @Override
      public String kind() {
        return "sim";
      }

      @Override
      public List<AdapterDescriptor> available() {
        return List.of(new AdapterDescriptor("sim", "GattScope simulator", "sim", true));
      }

      @Override
      public BleBackend create(String argument) {
        InMemoryLink.Pair pair = InMemoryLink.pair();
        Simulator sim = Simulator.start(pair.device(), config);
        simulators.add(sim);
        setup.accept(sim);
        return new HookedBackend(
            new BgapiBackend(pair.host(), BgapiOptions.defaults()), () -> afterConnect.accept(sim));
      }

      @Override
      public int priority() {
        return 100;
      }
    };
  }

  /** Runs a command line on the simulator: {@code -a sim} comes first. */
  Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-a";
    all[1] = "sim";
    System.arraycopy(args, 0, all, 2, args.length);
    return runRaw(all);
  }

  /** Runs a command line as given (no adapter chosen). */
  Result runRaw(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Result r = runWith(new PrintStream(out, true, StandardCharsets.UTF_8), args);
    return new Result(r.code(), out.toString(StandardCharsets.UTF_8), r.err());
  }

  /** Runs a command line as given with stdout going to {@code out}; the result has no out. */
  Result runWith(PrintStream out, String... args) {
    return runWith(System.in, out, args);
  }

  /** Runs a command line on the simulator with {@code stdin} as standard input. */
  Result runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    all[0] = "-a";
    all[1] = "sim";
    System.arraycopy(args, 0, all, 2, args.length);
    Result r =
        runWith(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            all);
    return new Result(r.code(), out.toString(StandardCharsets.UTF_8), r.err());
  }

  /** Runs a command line on the simulator with these streams; the result has no out. */
  Result runOnSim(InputStream in, PrintStream out, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-a";
    all[1] = "sim";
    System.arraycopy(args, 0, all, 2, args.length);
    return runWith(in, out, all);
  }

  private Result runWith(InputStream in, PrintStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(args, in, out, new PrintStream(err, true, StandardCharsets.UTF_8), backends());
    return new Result(code, "", err.toString(StandardCharsets.UTF_8));
  }

  /** The simulators started so far, oldest first. */
  List<Simulator> simulators() {
    return List.copyOf(simulators);
  }

  @Override
  public void close() {
    simulators.forEach(Simulator::close);
  }
}
