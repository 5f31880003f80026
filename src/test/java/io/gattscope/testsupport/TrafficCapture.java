package io.gattscope.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * Collects what the {@code io.gattscope.traffic} loggers write, at a chosen level, and puts the
 * logger back as it was on close.
 */
public final class TrafficCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final boolean previousAdditive;
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent e) {
          e.prepareForDeferredProcessing();
          synchronized (this) {
            super.append(e);
          }
        }
      };

  /** Starts collecting with the traffic logger at {@code level}. */
  public TrafficCapture(Level level) {
    logger = (Logger) LoggerFactory.getLogger("io.gattscope.traffic");
    previousLevel = logger.getLevel();
    previousAdditive = logger.isAdditive();
    appender.start();
    logger.addAppender(appender);
    logger.setAdditive(false);
    logger.setLevel(level);
  }

  /** A copy of every event so far. */
  public List<ILoggingEvent> events() {
    synchronized (appender) {
      return List.copyOf(appender.list);
    }
  }

  /** Whether some event so far matches. */
  public boolean has(Predicate<ILoggingEvent> test) {
    return events().stream().anyMatch(test);
  }

  /** A matcher for an event with the given logger, message start and MDC device key. */
  public static Predicate<ILoggingEvent> event(String logger, String prefix, String device) {
    return e ->
        e.getLoggerName().equals(logger)
            && e.getFormattedMessage().startsWith(prefix)
            && device.equals(e.getMDCPropertyMap().get("device"));
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
    logger.setAdditive(previousAdditive);
    appender.stop();
  }
}
