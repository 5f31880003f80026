package io.gattscope.cli.log;

import java.util.Locale;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Prints warnings and errors to stderr as {@code gattscope: warning: message}; drops the rest. */
final class StderrLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  StderrLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isInfoEnabled() {
    return false;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] args, Throwable error) {
    String text = MessageFormatter.basicArrayFormat(pattern, args);
    System.err.println(
        "gattscope: "
            + level.name().toLowerCase(Locale.ROOT)
            + ": "
            + text
            + (error == null ? "" : " (" + error + ")"));
  }
}
