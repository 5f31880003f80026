package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Asks the person at the terminal (y/N) before confirming a passkey or a "just works" pairing;
 * without a terminal it refuses unless {@code --yes} was given.
 */
final class TerminalPairingHandler implements PairingHandler {
  private final PairingHandler base;
  private final BufferedReader in;
  private final PrintStream err;
  private final boolean interactive;
  private final boolean yes;

  /**
   * @param base answers passkey requests and gives the I/O capability and MITM flag
   * @param in where the answers are read, one per line
   * @param err where the questions are printed
   * @param interactive whether {@code in} is a terminal a person types at
   * @param yes whether {@code --yes} was given: every question is answered yes without asking
   */
  TerminalPairingHandler(
      PairingHandler base, BufferedReader in, PrintStream err, boolean interactive, boolean yes) {
    this.base = base;
    this.in = in;
    this.err = err;
    this.interactive = interactive;
    this.yes = yes;
  }

  @Override
  public int passkeyRequested(BleAddress peer) {
    return base.passkeyRequested(peer);
  }

  @Override
  public void displayPasskey(BleAddress peer, int passkey) {
    err.println(String.format(Locale.ROOT, "Type the passkey %06d on %s to pair", passkey, peer));
  }

  @Override
  public boolean confirmPasskey(BleAddress peer, int passkey) {
    return ask(
        String.format(Locale.ROOT, "Does %s show the passkey %06d?", peer, passkey),
        "confirm the passkey " + String.format(Locale.ROOT, "%06d", passkey) + " of " + peer);
  }

  @Override
  public boolean authorizePairing(BleAddress peer) {
    return ask("Pair with " + peer + " without a passkey?", "allow pairing with " + peer);
  }

  @Override
  public IoCapability ioCapability() {
    return base.ioCapability();
  }

  @Override
  public boolean mitm() {
    return base.mitm();
  }

  /** Asks one y/N question; true only for an explicit yes (or {@code --yes}). */
  private synchronized boolean ask(String question, String what) {
    if (yes) {
      err.println(question + " yes (--yes)");
      return true;
    }
    if (!interactive) {
      String message =
          "gattscope: refused to "
              + what
              + ": no terminal to ask on (stdin is not one, or the shell holds it); pass --yes to accept";
      err.println(message);
      throw new PairingException(message, 0);
    }
    err.print(question + " [y/N] ");
    err.flush();
    String answer;
    try {
      answer = in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the answer to: " + question, e);
    }
    if (answer == null) {
      err.println();
    }
    String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
    boolean accepted = a.equals("y") || a.equals("yes");
    if (!accepted) {
      err.println("gattscope: refused to " + what);
    }
    return accepted;
  }
}
