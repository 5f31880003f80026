package io.gattscope.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines that start a main class of the project in a JVM of its own, as a terminal would.
 */
public final class JavaCommand {
  private static final Path ENV = Path.of("/usr/bin/env");

  private JavaCommand() {}

  /**
   * The command that runs {@code mainClass} with {@code args} on the test class path, with SIGINT
   * at its default action.
   *
   * <p>A build started in the background (a script's {@code mvn verify &}, {@code nohup}) has
   * SIGINT ignored, every child inherits that, and a JVM leaves an ignored SIGINT ignored: a test
   * that sends Ctrl-C would then wait for nothing. GNU env's {@code --default-signal} puts SIGINT
   * back the way a terminal delivers it.
   *
   * @param mainClass the class whose {@code main} to run
   * @param args the program's arguments
   * @return the command line
   */
  public static List<String> withCtrlC(Class<?> mainClass, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(ENV)) {
      cmd.addAll(List.of(ENV.toString(), "--default-signal=INT"));
    }
    cmd.addAll(List.of(java, "-cp", cp, mainClass.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
