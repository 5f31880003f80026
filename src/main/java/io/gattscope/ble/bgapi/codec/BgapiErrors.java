package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.AttError;
import io.gattscope.ble.HciError;
import java.util.Locale;

/**
 * Names of BGAPI result codes (16 bits): 0 success, 0x01xx BGAPI, 0x02xx Bluetooth (HCI), 0x03xx
 * security manager, 0x04xx ATT.
 */
public final class BgapiErrors {
  /** The command or procedure succeeded. */
  public static final int SUCCESS = 0;

  /** Invalid Parameter: a command parameter was out of range or otherwise invalid. */
  public static final int INVALID_PARAMETER = 0x0180;

  /**
   * Device in Wrong State: the command is not allowed in the dongle's current state, for example a
   * second GAP procedure while one runs.
   */
  public static final int WRONG_STATE = 0x0181;

  /** Out Of Memory: the dongle had no memory left for the command. */
  public static final int OUT_OF_MEMORY = 0x0182;

  /** Feature Not Implemented: the firmware does not support the command. */
  public static final int NOT_IMPLEMENTED = 0x0183;

  /** Command Not Recognized: the dongle does not know the command's class and id. */
  public static final int COMMAND_NOT_RECOGNIZED = 0x0184;

  /** Timeout: a command or procedure took too long. */
  public static final int TIMEOUT = 0x0185;

  /** Not Connected: the connection handle does not belong to an open connection. */
  public static final int NOT_CONNECTED = 0x0186;

  /** Flow: the command would overflow or underflow a buffer of the dongle. */
  public static final int FLOW = 0x0187;

  /** User Attribute: a user attribute was accessed through a command that does not support it. */
  public static final int USER_ATTRIBUTE = 0x0188;

  /** Invalid License Key: the dongle found no valid license key. */
  public static final int INVALID_LICENSE_KEY = 0x0189;

  /** Command Too Long: the command is longer than the dongle accepts. */
  public static final int COMMAND_TOO_LONG = 0x018A;

  /** Out of Bonds: bonding cannot start because the dongle has no room left for another bond. */
  public static final int OUT_OF_BONDS = 0x018B;

  /** Script Overflow: the dongle's on-board script overflowed. */
  public static final int SCRIPT_OVERFLOW = 0x018C;

  /**
   * Bluetooth Authentication Failure: pairing or authentication failed, for example with a wrong
   * key.
   */
  public static final int AUTHENTICATION_FAILURE = 0x0205;

  /**
   * Bluetooth PIN or Key Missing: one side has no key for the link, typically because it deleted
   * the bond.
   */
  public static final int PIN_OR_KEY_MISSING = 0x0206;

  /** Bluetooth Memory Capacity Exceeded: the controller ran out of memory. */
  public static final int MEMORY_CAPACITY_EXCEEDED = 0x0207;

  /**
   * Bluetooth Connection Timeout: the supervision timeout expired because the remote device stopped
   * answering or went out of range.
   */
  public static final int CONNECTION_TIMEOUT = 0x0208;

  /** ATT "Attribute Not Found" as a BGAPI result (0x0400 | 0x0A): the end of a discovery. */
  public static final int ATT_ATTRIBUTE_NOT_FOUND = 0x040A;

  /**
   * Bluetooth Connection Limit Exceeded: the controller already has as many connections as it
   * supports.
   */
  public static final int CONNECTION_LIMIT = 0x0209;

  /** Bluetooth Command Disallowed: the controller cannot carry out the command now. */
  public static final int COMMAND_DISALLOWED = 0x020C;

  /** Bluetooth Invalid Command Parameters: the controller rejected the command's parameters. */
  public static final int INVALID_COMMAND_PARAMETERS = 0x0212;

  /** Bluetooth Remote User Terminated Connection: the remote device closed the link. */
  public static final int REMOTE_USER_TERMINATED = 0x0213;

  /** Bluetooth Connection Terminated by Local Host: this side closed the link. */
  public static final int LOCAL_HOST_TERMINATED = 0x0216;

  /**
   * Bluetooth LL Response Timeout: the remote link layer did not answer a control procedure in
   * time.
   */
  public static final int LL_RESPONSE_TIMEOUT = 0x0222;

  /**
   * Bluetooth LL Instant Passed: a parameter update or channel map change arrived after the instant
   * it was meant for.
   */
  public static final int LL_INSTANT_PASSED = 0x0228;

  /** Bluetooth Controller Busy: the controller cannot accept the request at the moment. */
  public static final int CONTROLLER_BUSY = 0x023A;

  /**
   * Bluetooth Unacceptable Connection Parameters: the remote device refused the requested
   * connection interval.
   */
  public static final int UNACCEPTABLE_CONNECTION_INTERVAL = 0x023B;

  /** Bluetooth Directed Advertising Timeout: directed advertising ended without a connection. */
  public static final int DIRECTED_ADVERTISING_TIMEOUT = 0x023C;

  /**
   * Bluetooth MIC Failure: an encrypted packet failed its integrity check, so the link was closed.
   */
  public static final int MIC_FAILURE = 0x023D;

  /**
   * Bluetooth Connection Failed to be Established: the remote device never answered the first
   * packets of a new connection.
   */
  public static final int CONNECTION_FAILED_TO_BE_ESTABLISHED = 0x023E;

  /** Pairing failed: passkey entry failed or the user cancelled it. */
  public static final int SM_PASSKEY_ENTRY_FAILED = 0x0301;

  /** Pairing failed: out-of-band data is not available. */
  public static final int SM_OOB_NOT_AVAILABLE = 0x0302;

  /**
   * Pairing failed: the authentication requirements cannot be met with the two devices' input and
   * output capabilities.
   */
  public static final int SM_AUTHENTICATION_REQUIREMENTS = 0x0303;

  /** Pairing failed: the confirm value did not match, typically after a wrong passkey. */
  public static final int SM_CONFIRM_VALUE_FAILED = 0x0304;

  /** Pairing failed: the remote device does not support pairing. */
  public static final int SM_PAIRING_NOT_SUPPORTED = 0x0305;

  /** Pairing failed: the agreed encryption key is too short. */
  public static final int SM_ENCRYPTION_KEY_SIZE = 0x0306;

  /** Pairing failed: the remote device does not support a security manager command it received. */
  public static final int SM_COMMAND_NOT_SUPPORTED = 0x0307;

  /** Pairing failed for an unspecified reason. */
  public static final int SM_UNSPECIFIED_REASON = 0x0308;

  /** Pairing failed: too little time has passed since the last pairing attempt. */
  public static final int SM_REPEATED_ATTEMPTS = 0x0309;

  /** Pairing failed: a security manager command had a bad length or a parameter out of range. */
  public static final int SM_INVALID_PARAMETERS = 0x030A;

  /** The base of ATT errors: {@code ATT_BASE | attErrorCode}. */
  public static final int ATT_BASE = 0x0400;

  private BgapiErrors() {}

  /**
   * Whether {@code code} is an ATT error (0x0401 to 0x04FF).
   *
   * @param code a BGAPI result code
   * @return true for 0x0401 to 0x04FF, the ATT error codes a remote GATT server sent
   */
  public static boolean isAttError(int code) {
    return (code & 0xFF00) == ATT_BASE && (code & 0xFF) != 0;
  }

  /**
   * The name of a result code, for messages and logs; unknown codes are shown in hex.
   *
   * @param code a BGAPI result code
   * @return its name, "ATT " and the ATT error name for ATT errors, or "Unknown error 0x...." in
   *     hex
   */
  public static String name(int code) {
    if ((code & 0xFF00) == ATT_BASE) {
      return "ATT " + AttError.name(code & 0xFF);
    }
    String known = knownName(code);
    if (known != null) {
      return known;
    }
    if ((code & 0xFF00) == 0x0200) {
      return HciError.name(code & 0xFF);
    }
    return String.format(Locale.ROOT, "Unknown error 0x%04X", code);
  }

  private static String knownName(int code) {
    return switch (code) {
      case SUCCESS -> "Success";
      case INVALID_PARAMETER -> "Invalid Parameter";
      case WRONG_STATE -> "Device in Wrong State";
      case OUT_OF_MEMORY -> "Out Of Memory";
      case NOT_IMPLEMENTED -> "Feature Not Implemented";
      case COMMAND_NOT_RECOGNIZED -> "Command Not Recognized";
      case TIMEOUT -> "Timeout";
      case NOT_CONNECTED -> "Not Connected";
      case FLOW -> "Flow";
      case USER_ATTRIBUTE -> "User Attribute";
      case INVALID_LICENSE_KEY -> "Invalid License Key";
      case COMMAND_TOO_LONG -> "Command Too Long";
      case OUT_OF_BONDS -> "Out of Bonds";
      case SCRIPT_OVERFLOW -> "Script Overflow";
      case AUTHENTICATION_FAILURE -> "Authentication Failure";
      case PIN_OR_KEY_MISSING -> "Pin or Key Missing";
      case MEMORY_CAPACITY_EXCEEDED -> "Memory Capacity Exceeded";
      case CONNECTION_TIMEOUT -> "Connection Timeout";
      case CONNECTION_LIMIT -> "Connection Limit Exceeded";
      case COMMAND_DISALLOWED -> "Command Disallowed";
      case INVALID_COMMAND_PARAMETERS -> "Invalid Command Parameters";
      case REMOTE_USER_TERMINATED -> "Remote User Terminated Connection";
      case LOCAL_HOST_TERMINATED -> "Connection Terminated by Local Host";
      case LL_RESPONSE_TIMEOUT -> "LL Response Timeout";
      case LL_INSTANT_PASSED -> "LL Instant Passed";
      case CONTROLLER_BUSY -> "Controller Busy";
      case UNACCEPTABLE_CONNECTION_INTERVAL -> "Unacceptable Connection Interval";
      case DIRECTED_ADVERTISING_TIMEOUT -> "Directed Advertising Timeout";
      case MIC_FAILURE -> "MIC Failure";
      case CONNECTION_FAILED_TO_BE_ESTABLISHED -> "Connection Failed to be Established";
      case SM_PASSKEY_ENTRY_FAILED -> "Passkey Entry Failed";
      case SM_OOB_NOT_AVAILABLE -> "OOB Data is not available";
      case SM_AUTHENTICATION_REQUIREMENTS -> "Authentication Requirements";
      case SM_CONFIRM_VALUE_FAILED -> "Confirm Value Failed";
      case SM_PAIRING_NOT_SUPPORTED -> "Pairing Not Supported";
      case SM_ENCRYPTION_KEY_SIZE -> "Encryption Key Size";
      case SM_COMMAND_NOT_SUPPORTED -> "Command Not Supported";
      case SM_UNSPECIFIED_REASON -> "Unspecified Reason";
      case SM_REPEATED_ATTEMPTS -> "Repeated Attempts";
      case SM_INVALID_PARAMETERS -> "Invalid Parameters";
      default -> null;
    };
  }
}
