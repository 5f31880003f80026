package io.gattscope.app.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Brings the library's protocol traffic (DEBUG on the loggers under {@value #TRAFFIC}) into the log
 * pane while the pane shows DEBUG: only then is that logger set to DEBUG, so at INFO and above the
 * library pays one {@code isDebugEnabled()} check and nothing reaches the pane's buffer.
 */
public final class TrafficTap extends AppenderBase<ILoggingEvent> {
  /** The parent of the library's protocol traffic loggers. */
  public static final String TRAFFIC = "io.gattscope.traffic";

  /** The MDC key that names the device a traffic event belongs to. */
  public static final String DEVICE = "device";

  private final LogViewModel log;
  private final Logger logger;
  private Level configuredLevel;
  private boolean configuredAdditive;
  private boolean on;

  private TrafficTap(LogViewModel log, Logger logger) {
    this.log = log;
    this.logger = logger;
    setName("gattscope-log-pane");
  }

  /**
   * Taps the traffic whenever {@code log}'s level filter is DEBUG; does nothing when SLF4J is not
   * bound to Logback.
   */
  public static void follow(LogViewModel log) {
    if (LoggerFactory.getLogger(TRAFFIC) instanceof Logger logger) {
      TrafficTap tap = new TrafficTap(log, logger);
      tap.setContext(logger.getLoggerContext());
      log.minimumLevelProperty()
          .addListener((o, was, now) -> tap.enable(now == LogEntry.Level.DEBUG));
      tap.enable(log.minimumLevelProperty().get() == LogEntry.Level.DEBUG);
    }
  }

  /**
   * Attaches the tap and sets the traffic loggers to DEBUG, or restores their configured level.
   * Traffic the configuration did not already send to the other appenders is kept from them.
   */
  private synchronized void enable(boolean enable) {
    if (enable == on) {
      return;
    }
    on = enable;
    if (enable) {
      configuredLevel = logger.getLevel();
      configuredAdditive = logger.isAdditive();
      boolean wanted = logger.isDebugEnabled();
      start();
      logger.addAppender(this);
      logger.setAdditive(configuredAdditive && wanted);
      logger.setLevel(Level.DEBUG);
    } else {
      logger.setLevel(configuredLevel);
      logger.setAdditive(configuredAdditive);
      logger.detachAppender(this);
      stop();
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    String device = event.getMDCPropertyMap().get(DEVICE);
    String name = event.getLoggerName();
    String source =
        name.startsWith(TRAFFIC + ".") ? name.substring(TRAFFIC.length() + 1) : "traffic";
    log.add(LogEntry.Level.DEBUG, device, source + " " + event.getFormattedMessage());
  }
}
