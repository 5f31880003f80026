package io.gattscope.logging;

/**
 * Applies the explorer's and the CLI's logging configuration. The jar carries it as {@value
 * #CONFIG_RESOURCE}, a name Logback never loads by itself, so a program that uses GattScope as a
 * library keeps its own logging set-up; the application's entry points call {@link #configure()}
 * before anything logs.
 */
public final class AppLogging {
  /** The class path resource holding the application's Logback configuration. */
  public static final String CONFIG_RESOURCE = "gattscope-logback.xml";

  /** The system property Logback reads its configuration's location from. */
  public static final String LOGBACK_PROPERTY = "logback.configurationFile";

  private AppLogging() {}

  /**
   * Points Logback at {@value #CONFIG_RESOURCE} unless the user named a configuration with {@code
   * -Dlogback.configurationFile}. Takes effect when called before the first logger is created.
   */
  public static void configure() {
    if (System.getProperty(LOGBACK_PROPERTY) == null) {
      System.setProperty(LOGBACK_PROPERTY, CONFIG_RESOURCE);
    }
  }
}
