package org.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The BlueZ D-Bus error names as classes. dbus-java rebuilds a received error from the class whose
 * name matches the error name ({@code org.bluez.Error.NotPermitted} finds {@code
 * org.bluez.Error$NotPermitted}) and sends a thrown one under that name; without these classes the
 * name of a BlueZ error would be lost on the client.
 */
public final class Error {
  private Error() {}

  /** {@code org.bluez.Error.Failed}. */
  public static class Failed extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public Failed(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.InvalidArguments}. */
  public static class InvalidArguments extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public InvalidArguments(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotAuthorized}. */
  public static class NotAuthorized extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotAuthorized(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.OutOfMemory}. */
  public static class OutOfMemory extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public OutOfMemory(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NoSuchAdapter}. */
  public static class NoSuchAdapter extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NoSuchAdapter(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotReady}. */
  public static class NotReady extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotReady(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotAvailable}. */
  public static class NotAvailable extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotAvailable(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotConnected}. */
  public static class NotConnected extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotConnected(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.ConnectionAttemptFailed}. */
  public static class ConnectionAttemptFailed extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public ConnectionAttemptFailed(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AlreadyExists}. */
  public static class AlreadyExists extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AlreadyExists(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.DoesNotExist}. */
  public static class DoesNotExist extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public DoesNotExist(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.InProgress}. */
  public static class InProgress extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public InProgress(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.InvalidValueLength}. */
  public static class InvalidValueLength extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public InvalidValueLength(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotPermitted}. */
  public static class NotPermitted extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotPermitted(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotSupported}. */
  public static class NotSupported extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotSupported(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AlreadyConnected}. */
  public static class AlreadyConnected extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AlreadyConnected(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AuthenticationCanceled}. */
  public static class AuthenticationCanceled extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AuthenticationCanceled(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AuthenticationFailed}. */
  public static class AuthenticationFailed extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailed(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AuthenticationRejected}. */
  public static class AuthenticationRejected extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AuthenticationRejected(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.AuthenticationTimeout}. */
  public static class AuthenticationTimeout extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public AuthenticationTimeout(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.InvalidOffset}. */
  public static class InvalidOffset extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public InvalidOffset(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.Rejected}. */
  public static class Rejected extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public Rejected(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.Canceled}. */
  public static class Canceled extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public Canceled(String message) {
      super(message);
    }
  }

  /** {@code org.bluez.Error.NotAcquired}. */
  public static class NotAcquired extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    public NotAcquired(String message) {
      super(message);
    }
  }
}
