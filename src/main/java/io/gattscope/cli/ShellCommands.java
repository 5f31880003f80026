package io.gattscope.cli;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands of {@code gattscope shell}, each working on the shell's adapter and device. */
final class ShellCommands {
  private ShellCommands() {}

  /** The root of the shell's commands (it has no behaviour of its own). */
  @Command(
      name = "",
      description = "Commands of the GattScope shell; 'help COMMAND' explains one.",
      subcommands = CommandLine.HelpCommand.class)
  static final class Root {}

  /** Builds the command line of the shell's commands. */
  static CommandLine commandLine(Shell shell, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Root());
    for (Object c :
        List.of(
            new Scan(shell),
            new Connect(shell),
            new Disconnect(shell),
            new Services(shell),
            new Read(shell),
            new Write(shell),
            new Subscribe(shell),
            new Unsubscribe(shell),
            new Pair(shell),
            new Rssi(shell),
            new Mtu(shell),
            new Bonds(shell),
            new Wait(shell),
            new Quit(shell))) {
      cl.addSubcommand(c);
    }
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** What every shell command shares: the shell and its streams. */
  abstract static class Base implements Callable<Integer> {
    final Shell shell;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help.")
    boolean help;

    Base(Shell shell) {
      this.shell = shell;
    }

    PrintStream out() {
      return shell.settings().out;
    }

    PrintStream err() {
      return shell.settings().err;
    }

    @Override
    public final Integer call() throws Exception {
      run();
      return 0;
    }

    abstract void run() throws Exception;

    /** The connected device's characteristic a reference names. */
    GattCharacteristic resolve(CharacteristicRef ref) {
      return Futures.await(
          shell.device().resolveAsync(ref),
          shell.settings().callTimeout().multipliedBy(3),
          "service discovery");
    }
  }

  /** Scans and remembers the addresses found (for completion). */
  @Command(name = "scan", description = "Scan for advertising devices.")
  static final class Scan extends Base {
    @Option(
        names = {"-t", "--timeout"},
        paramLabel = "S",
        defaultValue = "3",
        description = "Seconds to scan (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only names containing TEXT.")
    String name;

    Scan(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      List<ScanResult> results =
          shell.backend().scan(ScanOptions.defaults(Cli.timeout(seconds, "--timeout")));
      List<ScanResult> shown =
          results.stream()
              .filter(
                  r ->
                      name == null
                          || r.name()
                              .orElse("")
                              .toLowerCase(Locale.ROOT)
                              .contains(name.toLowerCase(Locale.ROOT)))
              .toList();
      shell.lastScan(shown.stream().map(ScanResult::address).toList());
      shown.forEach(r -> out().println(ScanCommand.text(r)));
      err().println(shown.size() + " device(s) found");
    }
  }

  /** Connects to a device and discovers its services. */
  @Command(name = "connect", description = "Connect to a device and discover its services.")
  static final class Connect extends Base {
    @Parameters(
        paramLabel = "ADDR",
        converter = Converters.Address.class,
        description = "The device's address (Tab completes the last scan's).")
    BleAddress address;

    @Option(names = "--random", description = "The device uses a random address.")
    boolean random;

    Connect(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      Cli s = shell.settings();
      ConnectOptions options =
          ConnectOptions.defaults()
              .withAddressType(random ? AddressType.RANDOM : AddressType.PUBLIC)
              .withTimeout(s.connectTimeout())
              .withOperationTimeout(s.callTimeout());
      shell.connect(address, options);
      int services = shell.databaseOrNull() == null ? 0 : shell.databaseOrNull().services().size();
      out().println("Connected to " + address + " (" + services + " services)");
    }
  }

  /** Ends the connection. */
  @Command(name = "disconnect", description = "Unsubscribe everything and disconnect.")
  static final class Disconnect extends Base {
    Disconnect(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      BleDevice d = shell.device();
      shell.disconnect();
      out().println("Disconnected from " + d.address());
    }
  }

  /** Prints the connected device's GATT tree. */
  @Command(name = "services", description = "Print the connected device's GATT tree.")
  static final class Services extends Base {
    Services(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      ServicesCommand.print(out(), shell.device().discover());
    }
  }

  /** Reads a characteristic. */
  @Command(name = "read", description = "Read a characteristic.")
  static final class Read extends Base {
    @Mixin CharacteristicOptions gatt;

    Read(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      GattCharacteristic c = resolve(gatt.characteristic);
      byte[] value =
          GattCalls.read(shell.device(), CharacteristicRef.handle(c.valueHandle()), () -> {});
      out().println(GattCalls.text(gatt.codec(), c.uuid(), value));
    }
  }

  /** Writes a characteristic. */
  @Command(name = "write", description = "Write a characteristic.")
  static final class Write extends Base {
    @Mixin CharacteristicOptions gatt;

    @Parameters(paramLabel = "VALUE", description = "The value, in --format.")
    String valueText;

    @Option(names = "--no-response", description = "Write without response.")
    boolean noResponse;

    Write(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      byte[] value = gatt.codec().parse(valueText);
      CharacteristicRef target =
          CharacteristicRef.handle(resolve(gatt.characteristic).valueHandle());
      GattCalls.write(
          shell.device(), target, value, noResponse ? WriteType.COMMAND : WriteType.REQUEST);
      out().println("Wrote " + value.length + " byte(s)");
    }
  }

  /** Subscribes; notifications are printed above the prompt. */
  @Command(
      name = "subscribe",
      description = "Subscribe; each value is printed above the prompt until 'unsubscribe'.")
  static final class Subscribe extends Base {
    @Mixin CharacteristicOptions gatt;

    @Option(names = "--indicate", description = "Indications instead of notifications.")
    boolean indicate;

    Subscribe(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      Vocabulary.ValueCodec codec = gatt.codec();
      BleDevice d = shell.device();
      GattCharacteristic c = resolve(gatt.characteristic);
      int handle = c.valueHandle();
      if (shell.subscriptions().containsKey(handle)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "already subscribed to handle 0x%04X", handle));
      }
      String label = String.format(Locale.ROOT, "[0x%04X] ", handle);
      Subscription s =
          d.subscribe(
              CharacteristicRef.handle(handle),
              indicate ? SubscriptionType.INDICATE : SubscriptionType.NOTIFY,
              (h, value, nanos) ->
                  shell.printNotification(label + GattCalls.text(codec, c.uuid(), value)));
      shell.subscriptions().put(handle, s);
      out().println(String.format(Locale.ROOT, "Subscribed to handle 0x%04X", handle));
    }
  }

  /** Ends one subscription or all. */
  @Command(name = "unsubscribe", description = "End the subscription to CHAR, or all of them.")
  static final class Unsubscribe extends Base {
    @Parameters(
        arity = "0..1",
        paramLabel = "CHAR",
        converter = Converters.Characteristic.class,
        description = "The characteristic; all subscriptions when left out.")
    CharacteristicRef characteristic;

    Unsubscribe(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      if (characteristic == null) {
        int n = shell.subscriptions().size();
        shell.unsubscribeAll();
        out().println("Unsubscribed from " + n + " characteristic(s)");
        return;
      }
      int handle = resolve(characteristic).valueHandle();
      Subscription s = shell.subscriptions().remove(handle);
      if (s == null) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "not subscribed to handle 0x%04X", handle));
      }
      shell.closeQuietly(s);
      out().println(String.format(Locale.ROOT, "Unsubscribed from handle 0x%04X", handle));
    }
  }

  /** Pairs and bonds with the connected device. */
  @Command(name = "pair", description = "Pair and bond with the connected device.")
  static final class Pair extends Base {
    @Option(names = "--passkey", paramLabel = "N", description = "The passkey to answer with.")
    Integer passkey;

    @Option(
        names = {"-y", "--yes"},
        description = "Confirm a passkey or a pairing without one (refused otherwise).")
    boolean yes;

    Pair(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      BleDevice d = shell.device();
      PairingHandler base =
          passkey == null ? PairingHandler.justWorks() : PairingHandler.fixedPasskey(passkey);
      // the shell's line reader owns the terminal, so confirmation comes from --yes only
      d.bond(
          new TerminalPairingHandler(
              base, new BufferedReader(Reader.nullReader()), err(), false, yes));
      out().println((d.bonded() ? "Bonded with " : "Paired with ") + d.address());
    }
  }

  /** Prints the link's RSSI. */
  @Command(name = "rssi", description = "Print the connected link's RSSI.")
  static final class Rssi extends Base {
    Rssi(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      out().println(shell.device().rssi() + " dBm");
    }
  }

  /** Prints the ATT MTU. */
  @Command(name = "mtu", description = "Print the connected link's ATT MTU.")
  static final class Mtu extends Base {
    Mtu(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      out().println("MTU " + shell.device().mtu());
    }
  }

  /** Lists or deletes bonds. */
  @Command(name = "bonds", description = "List the adapter's bonds, or delete some.")
  static final class Bonds extends Base {
    @ArgGroup(exclusive = true)
    BondsCommand.Clear clear;

    Bonds(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      if (clear != null && clear.all) {
        shell.backend().clearAllBonds();
        out().println("Cleared all bonds");
      } else if (clear != null) {
        shell.backend().clearBond(clear.address);
        out().println("Cleared the bond with " + clear.address);
      } else {
        List<BondInfo> bonds = shell.backend().bonds();
        for (BondInfo b : bonds) {
          out()
              .printf(
                  Locale.ROOT,
                  "bond %d  key size %d  %s%n",
                  b.handle(),
                  b.keySize(),
                  b.mitm() ? "MITM-protected" : "no MITM protection");
        }
        out().println(bonds.size() + " bond(s)");
      }
    }
  }

  /** Waits, letting notifications arrive (for scripts). */
  @Command(name = "wait", description = "Wait S seconds while notifications arrive (scripts).")
  static final class Wait extends Base {
    @Parameters(paramLabel = "S", description = "Seconds to wait.")
    double seconds;

    Wait(Shell shell) {
      super(shell);
    }

    @Override
    void run() throws InterruptedException {
      long nanos = Cli.seconds(seconds, "S").toNanos();
      new CountDownLatch(1).await(nanos, TimeUnit.NANOSECONDS);
    }
  }

  /** Ends the session. */
  @Command(
      name = "quit",
      aliases = "exit",
      description = "Disconnect and leave the shell (also: exit, Ctrl-D).")
  static final class Quit extends Base {
    Quit(Shell shell) {
      super(shell);
    }

    @Override
    void run() {
      shell.requestQuit();
    }
  }
}
