package io.gattscope.cli;

import io.gattscope.ble.Backends;
import io.gattscope.logging.AppLogging;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code gattscope} command line: scan, browse, read, write and subscribe from a shell. */
@Command(
    name = "gattscope",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Bluetooth Low Energy from the command line (BGAPI, BlueZ, gatttool, simulator).",
    footer = {
      "",
      "Exit codes: 0 success, 1 Bluetooth failure, 2 usage error.",
      "Data goes to stdout, progress and diagnostics to stderr."
    })
public final class Cli {
  /**
   * The subcommands in the order help lists them: name, then class name. They are added when a run
   * starts: only the one named on the command line when it is clear which, else all of them.
   * Classes are named, not referenced, so a run loads only its own command's class and builds only
   * its model (picocli reads each command's annotations by reflection); {@code CliOptionsTest}
   * holds that each name is its class's {@code @Command} name.
   */
  static final String[][] COMMANDS = {
    {"adapters", "io.gattscope.cli.AdaptersCommand"},
    {"scan", "io.gattscope.cli.ScanCommand"},
    {"services", "io.gattscope.cli.ServicesCommand"},
    {"read", "io.gattscope.cli.ReadCommand"},
    {"write", "io.gattscope.cli.WriteCommand"},
    {"subscribe", "io.gattscope.cli.SubscribeCommand"},
    {"console", "io.gattscope.cli.ConsoleCommand"},
    {"pair", "io.gattscope.cli.PairCommand"},
    {"bonds", "io.gattscope.cli.BondsCommand"},
    {"rssi", "io.gattscope.cli.RssiCommand"},
    {"shell", "io.gattscope.cli.ShellCommand"},
    {"completion", "io.gattscope.cli.CompletionCommand"},
    {"manpage", "io.gattscope.cli.ManPageCommand"},
    {"snapshot", "io.gattscope.cli.SnapshotCommand"},
    {"sim", "io.gattscope.cli.SimCommand"},
    {"bench", "io.gattscope.cli.BenchCommand"},
    {"help", "picocli.CommandLine$HelpCommand"}
  };

  /** Commands that describe the whole command tree, so they need every subcommand. */
  private static final Set<String> WHOLE_TREE = Set.of("help", "completion", "manpage");

  /** The global options that take a value as the next argument. */
  private static final Set<String> GLOBAL_WITH_VALUE =
      Set.of("-a", "--adapter", "--call-timeout", "--connect-timeout", "--device");

  /** Exit code of a Bluetooth failure (ATT error, timeout, not connected, adapter missing). */
  public static final int BLE_FAILURE = 1;

  /** Exit code of a usage error (bad option, address, UUID or value). */
  public static final int USAGE = 2;

  @Option(
      names = {"-a", "--adapter"},
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      description =
          "Adapter: sim, bgapi, bgapi:/dev/ttyACM0 (or any serial path), bluez:hci0,"
              + " gatttool:hci0. Default: the first real adapter; the simulator only with -a sim.")
  String adapter;

  @Option(
      names = "--device",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description =
          "With -a sim (or gattscope sim): serve the device of this snapshot file as well;"
              + " repeatable. It replaces a built-in device with the same address.")
  List<Path> devices = new ArrayList<>();

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Machine output: JSON (one object per line for streams).")
  boolean json;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces and debug logging.")
  boolean debug;

  @Option(
      names = "--call-timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "S",
      defaultValue = "10",
      description = "Seconds each GATT call may take (default: ${DEFAULT-VALUE}).")
  double callTimeoutSeconds = 10;

  @Option(
      names = "--connect-timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "S",
      defaultValue = "5",
      description = "Seconds a connection may take to come up (default: ${DEFAULT-VALUE}).")
  double connectTimeoutSeconds = 5;

  /** Where {@code shell} reads a script from when stdin is not a terminal. */
  InputStream in = System.in;

  final PrintStream out;
  final PrintStream err;
  private final Supplier<Backends> backendSource;
  private Backends backends;

  Cli(PrintStream out, PrintStream err, Backends backends) {
    this(out, err, () -> backends);
  }

  private Cli(PrintStream out, PrintStream err, Supplier<Backends> backendSource) {
    this.out = out;
    this.err = err;
    this.backendSource = backendSource;
  }

  /** The backends, found on first use (commands such as --version or help never look). */
  synchronized Backends backends() {
    if (backends == null) {
      backends = backendSource.get();
    }
    return backends;
  }

  /**
   * Runs one command line and returns its exit code; never exits the JVM.
   *
   * @param args the arguments after {@code gattscope}
   * @param out where data goes
   * @param err where progress, diagnostics and usage errors go
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, new FoundBackends());
  }

  /**
   * The adapters on the class path, looked for when a command first needs one. A class rather than
   * {@code Backends::new}: the first lambda of a run sets up the JVM's lambda machinery, which
   * {@code --version} would pay for nothing.
   */
  private static final class FoundBackends implements Supplier<Backends> {
    @Override
    public Backends get() {
      return new Backends();
    }
  }

  /** Runs with an explicit set of backends (tests). */
  static int run(String[] args, PrintStream out, PrintStream err, Backends backends) {
    return run(args, System.in, out, err, backends);
  }

  /** Runs with an explicit stdin and set of backends (tests). */
  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Backends backends) {
    return run(args, in, out, err, () -> backends);
  }

  private static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Supplier<Backends> backends) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // the commonest quick question: answered without building the command model
      for (String line : new VersionInfo().getVersion()) {
        out.println(line);
      }
      out.flush();
      return 0;
    }
    Cli root = new Cli(out, err, backends);
    root.in = in;
    CommandLine cl = commandLine(root, subcommandName(args));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "-a sim scan": sim is also a subcommand, but after -a it is the option's value
    cl.setAllowSubcommandsAsOptionParameters(true);
    ErrorReport report = new ErrorReport(root);
    cl.setParameterExceptionHandler(report::onParameterException);
    cl.setExecutionExceptionHandler(report::onExecutionException);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The first argument that is neither an option nor a global option's value, or null. */
  static String subcommandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return null;
      }
      if (!a.startsWith("-")) {
        return a;
      }
      if (GLOBAL_WITH_VALUE.contains(a)) {
        i++;
      }
    }
    return null;
  }

  /** The whole command tree, for documents that describe it (completion script, man page). */
  static CommandLine wholeTree() {
    return commandLine(new Cli(null, null, (Backends) null), null);
  }

  /** The command line of {@code root} with the subcommand {@code name}, or all when null. */
  private static CommandLine commandLine(Cli root, String name) {
    CommandLine cl = new CommandLine(root);
    boolean known = false;
    for (String[] c : COMMANDS) {
      known |= c[0].equals(name);
    }
    boolean all = !known || WHOLE_TREE.contains(name);
    for (String[] c : COMMANDS) {
      if (all || c[0].equals(name)) {
        cl.addSubcommand(commandClass(c[1]));
      }
    }
    return cl;
  }

  /** A subcommand's class by name; the table names classes of this jar. */
  static Class<?> commandClass(String className) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("subcommand class " + className + " is missing", e);
    }
  }

  /**
   * Runs the command line and exits the JVM with its exit code. Stdout is buffered (commands flush
   * it when a burst of output is complete), so a stream of lines costs few writes.
   */
  public static void main(String[] args) {
    AppLogging.configure();
    // picocli otherwise looks for Groovy's Closure class, which no jar has, so every jar on the
    // class path is opened for nothing (docs/benchmarks.md)
    System.setProperty("picocli.disable.closures", "true");

    if (!Arrays.asList(args).contains("--debug") && System.getProperty("slf4j.provider") == null) {
      // warnings to stderr without configuring Logback (which --debug uses)
      System.setProperty("slf4j.provider", "io.gattscope.cli.log.StderrLogProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** The same global options with other output streams (the shell's terminal). */
  Cli withStreams(PrintStream out, PrintStream err) {
    Cli copy = new Cli(out, err, this::backends);
    copy.in = in;
    copy.adapter = adapter;
    copy.devices = devices;
    copy.json = json;
    copy.debug = debug;
    copy.callTimeoutSeconds = callTimeoutSeconds;
    copy.connectTimeoutSeconds = connectTimeoutSeconds;
    return copy;
  }

  Duration callTimeout() {
    return timeout(callTimeoutSeconds, "--call-timeout");
  }

  Duration connectTimeout() {
    return timeout(connectTimeoutSeconds, "--connect-timeout");
  }

  /** The shortest time an option in seconds accepts. */
  static final double MIN_SECONDS = 0.1;

  /** The longest timeout: one hour. */
  static final double MAX_TIMEOUT_SECONDS = 3600;

  /** The longest run a duration option (such as subscribe's --duration) asks for: one day. */
  static final double MAX_DURATION_SECONDS = 86_400;

  /** A timeout option's value: 0.1 s to 1 h. */
  static Duration timeout(double value, String option) {
    return within(value, MAX_TIMEOUT_SECONDS, option, "3600 (1 h)");
  }

  /** A duration option's value: 0.1 s to one day. */
  static Duration seconds(double value, String option) {
    return within(value, MAX_DURATION_SECONDS, option, "86400 (one day)");
  }

  private static Duration within(double value, double max, String option, String maxText) {
    if (!(value >= MIN_SECONDS) || value > max) {
      throw new IllegalArgumentException(
          option + " must lie between 0.1 and " + maxText + " seconds, got " + plain(value));
    }
    return Duration.ofNanos(Math.round(value * 1e9));
  }

  private static String plain(double value) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }
}
