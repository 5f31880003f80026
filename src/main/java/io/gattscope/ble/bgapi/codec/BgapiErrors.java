package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.AttError;
import io.gattscope.ble.HciError;
import java.util.Locale;

/**
 * Names of BGAPI result codes (16 bits): 0 success, 0x01xx BGAPI, 0x02xx Bluetooth (HCI), 0x03xx
 * security manager, 0x04xx ATT.
 */
public final class BgapiErrors {
  public static final int SUCCESS = 0;
  public static final int INVALID_PARAMETER = 0x0180;
  public static final int WRONG_STATE = 0x0181;
  public static final int OUT_OF_MEMORY = 0x0182;
  public static final int NOT_IMPLEMENTED = 0x0183;
  public static final int COMMAND_NOT_RECOGNIZED = 0x0184;
  public static final int TIMEOUT = 0x0185;
  public static final int NOT_CONNECTED = 0x0186;
  public static final int FLOW = 0x0187;
  public static final int USER_ATTRIBUTE = 0x0188;
  public static final int INVALID_LICENSE_KEY = 0x0189;
  public static final int COMMAND_TOO_LONG = 0x018A;
  public static final int OUT_OF_BONDS = 0x018B;
  public static final int SCRIPT_OVERFLOW = 0x018C;
  public static final int AUTHENTICATION_FAILURE = 0x0205;
  public static final int PIN_OR_KEY_MISSING = 0x0206;
  public static final int MEMORY_CAPACITY_EXCEEDED = 0x0207;
  public static final int CONNECTION_TIMEOUT = 0x0208;

  /** ATT "Attribute Not Found" as a BGAPI result (0x0400 | 0x0A): the end of a discovery. */
  public static final int ATT_ATTRIBUTE_NOT_FOUND = 0x040A;

  public static final int CONNECTION_LIMIT = 0x0209;
  public static final int COMMAND_DISALLOWED = 0x020C;
  public static final int INVALID_COMMAND_PARAMETERS = 0x0212;
  public static final int REMOTE_USER_TERMINATED = 0x0213;
  public static final int LOCAL_HOST_TERMINATED = 0x0216;
  public static final int LL_RESPONSE_TIMEOUT = 0x0222;
  public static final int LL_INSTANT_PASSED = 0x0228;
  public static final int CONTROLLER_BUSY = 0x023A;
  public static final int UNACCEPTABLE_CONNECTION_INTERVAL = 0x023B;
  public static final int DIRECTED_ADVERTISING_TIMEOUT = 0x023C;
  public static final int MIC_FAILURE = 0x023D;
  public static final int CONNECTION_FAILED_TO_BE_ESTABLISHED = 0x023E;
  public static final int SM_PASSKEY_ENTRY_FAILED = 0x0301;
  public static final int SM_OOB_NOT_AVAILABLE = 0x0302;
  public static final int SM_AUTHENTICATION_REQUIREMENTS = 0x0303;
  public static final int SM_CONFIRM_VALUE_FAILED = 0x0304;
  public static final int SM_PAIRING_NOT_SUPPORTED = 0x0305;
  public static final int SM_ENCRYPTION_KEY_SIZE = 0x0306;
  public static final int SM_COMMAND_NOT_SUPPORTED = 0x0307;
  public static final int SM_UNSPECIFIED_REASON = 0x0308;
  public static final int SM_REPEATED_ATTEMPTS = 0x0309;
  public static final int SM_INVALID_PARAMETERS = 0x030A;

  /** The base of ATT errors: {@code ATT_BASE | attErrorCode}. */
  public static final int ATT_BASE = 0x0400;

  private BgapiErrors() {}

  /** Whether {@code code} is an ATT error (0x0401 to 0x04FF). */
  public static boolean isAttError(int code) {
    return (code & 0xFF00) == ATT_BASE && (code & 0xFF) != 0;
  }

  /** The name of a result code, for messages and logs; unknown codes are shown in hex. */
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
