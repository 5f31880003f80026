package io.gattscope.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Prints the manual page gattscope(1) in roff, made from the commands' own options and descriptions
 * (the installer scripts build it: {@code gattscope manpage > gattscope.1}).
 */
@Command(name = "manpage", hidden = true, description = "Print the gattscope(1) man page (roff).")
final class ManPageCommand extends BaseCommand {

  @Override
  int execute() {
    write(Cli.wholeTree(), out());
    return 0;
  }

  /** Writes the page of {@code root} and its subcommands. */
  static void write(CommandLine root, PrintStream out) {
    CommandSpec spec = root.getCommandSpec();
    out.println(
        ".TH GATTSCOPE 1 \""
            + LocalDate.now(ZoneOffset.UTC)
            + "\" \"gattscope "
            + escape(VersionInfo.version())
            + "\" \"User Commands\"");
    out.println(".SH NAME");
    out.println("gattscope \\- " + escape(first(spec.usageMessage().description())));
    out.println(".SH SYNOPSIS");
    out.println(".B gattscope");
    out.println("[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]");
    out.println(".SH DESCRIPTION");
    out.println(
        "Without a command the launcher opens the GattScope explorer window; with a command it"
            + " is the command line described here. Global options may come before or after the"
            + " command.");
    out.println(".SH OPTIONS");
    for (OptionSpec o : spec.options()) {
      option(out, o);
    }
    out.println(".SH COMMANDS");
    commands(root, "gattscope", out);
    out.println(".SH EXIT STATUS");
    out.println("0 success, 1 a Bluetooth failure, 2 a usage error.");
    out.println(".SH OUTPUT");
    out.println(
        "Data goes to stdout, progress and diagnostics to stderr. With \\fB\\-\\-json\\fR each"
            + " result is one JSON object per line and each error one JSON object"
            + " {\"error\",\"kind\",\"code\"} on stderr.");
    out.println(".SH FILES");
    out.println("~/.gattscope_history \\- the shell's history.");
  }

  private static void commands(CommandLine cl, String path, PrintStream out) {
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
        continue; // hidden commands and aliases
      }
      String name = path + " " + e.getKey();
      out.println(".SS " + escape(name) + synopsis(sub));
      for (String line : sub.usageMessage().description()) {
        out.println(escape(line));
        out.println(".br");
      }
      for (PositionalParamSpec p : sub.positionalParameters()) {
        out.println(".TP");
        out.println("\\fI" + escape(p.paramLabel()) + "\\fR");
        out.println(escape(String.join(" ", p.description())));
      }
      for (OptionSpec o : sub.options()) {
        if (!o.inherited() && !o.usageHelp() && !o.versionHelp()) {
          option(out, o);
        }
      }
      commands(e.getValue(), name, out);
    }
  }

  private static String synopsis(CommandSpec sub) {
    StringBuilder sb = new StringBuilder();
    for (PositionalParamSpec p : sub.positionalParameters()) {
      sb.append(' ').append(p.arity().min() == 0 ? "[" + p.paramLabel() + "]" : p.paramLabel());
    }
    return escape(sb.toString());
  }

  private static void option(PrintStream out, OptionSpec o) {
    if (o.hidden()) {
      return;
    }
    out.println(".TP");
    StringBuilder names = new StringBuilder();
    for (String n : o.names()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append("\\fB").append(escape(n)).append("\\fR");
    }
    if (o.typeInfo().isBoolean() == Boolean.FALSE || !isFlag(o)) {
      names.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
    }
    out.println(names);
    String text = String.join(" ", o.description());
    text = text.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
    out.println(escape(text));
  }

  private static boolean isFlag(ArgSpec a) {
    return a.arity().max() == 0;
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }

  /** Escapes text for roff: backslashes, hyphens, and a leading dot or quote. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }
}
