package io.gattscope.ble;

import java.util.Locale;

/** Names of ATT error codes (Core specification Vol 3 Part F 3.4.1.1 and CSS Part B 1.2). */
public final class AttError {
  /** The handle is not valid on this server. */
  public static final int INVALID_HANDLE = 0x01;

  /** The attribute cannot be read. */
  public static final int READ_NOT_PERMITTED = 0x02;

  /** The attribute cannot be written. */
  public static final int WRITE_NOT_PERMITTED = 0x03;

  /** The request was malformed. */
  public static final int INVALID_PDU = 0x04;

  /** The attribute needs an authenticated (paired) link. */
  public static final int INSUFFICIENT_AUTHENTICATION = 0x05;

  /** The server does not support this request. */
  public static final int REQUEST_NOT_SUPPORTED = 0x06;

  /** The offset of a read blob or prepare write lies past the end of the value. */
  public static final int INVALID_OFFSET = 0x07;

  /** The attribute needs authorization first. */
  public static final int INSUFFICIENT_AUTHORIZATION = 0x08;

  /** Too many prepare writes are queued on the server. */
  public static final int PREPARE_QUEUE_FULL = 0x09;

  /** No attribute lies in the handle range asked for. */
  public static final int ATTRIBUTE_NOT_FOUND = 0x0A;

  /** The attribute cannot be read or written with blob or prepare requests. */
  public static final int ATTRIBUTE_NOT_LONG = 0x0B;

  /** The link's encryption key is too short for the attribute. */
  public static final int INSUFFICIENT_ENCRYPTION_KEY_SIZE = 0x0C;

  /** The value written has the wrong length for the attribute. */
  public static final int INVALID_ATTRIBUTE_VALUE_LENGTH = 0x0D;

  /** The request could not be completed for an unlikely reason. */
  public static final int UNLIKELY_ERROR = 0x0E;

  /** The attribute needs an encrypted link. */
  public static final int INSUFFICIENT_ENCRYPTION = 0x0F;

  /** The type of a read by group type request is not a grouping attribute. */
  public static final int UNSUPPORTED_GROUP_TYPE = 0x10;

  /** The server ran out of resources for the request. */
  public static final int INSUFFICIENT_RESOURCES = 0x11;

  private AttError() {}

  /**
   * The specification's name of an ATT error code, or a description of its range.
   *
   * @param code the ATT error code, 0x01 to 0xFF
   * @return e.g. {@code "Write Not Permitted"}, {@code "Application Error 0x80"} for 0x80..0x9F, or
   *     {@code "Reserved 0x14"} for codes the specification does not assign
   */
  public static String name(int code) {
    return switch (code) {
      case INVALID_HANDLE -> "Invalid Handle";
      case READ_NOT_PERMITTED -> "Read Not Permitted";
      case WRITE_NOT_PERMITTED -> "Write Not Permitted";
      case INVALID_PDU -> "Invalid PDU";
      case INSUFFICIENT_AUTHENTICATION -> "Insufficient Authentication";
      case REQUEST_NOT_SUPPORTED -> "Request Not Supported";
      case INVALID_OFFSET -> "Invalid Offset";
      case INSUFFICIENT_AUTHORIZATION -> "Insufficient Authorization";
      case PREPARE_QUEUE_FULL -> "Prepare Queue Full";
      case ATTRIBUTE_NOT_FOUND -> "Attribute Not Found";
      case ATTRIBUTE_NOT_LONG -> "Attribute Not Long";
      case INSUFFICIENT_ENCRYPTION_KEY_SIZE -> "Insufficient Encryption Key Size";
      case INVALID_ATTRIBUTE_VALUE_LENGTH -> "Invalid Attribute Value Length";
      case UNLIKELY_ERROR -> "Unlikely Error";
      case INSUFFICIENT_ENCRYPTION -> "Insufficient Encryption";
      case UNSUPPORTED_GROUP_TYPE -> "Unsupported Group Type";
      case INSUFFICIENT_RESOURCES -> "Insufficient Resources";
      case 0x12 -> "Database Out Of Sync";
      case 0x13 -> "Value Not Allowed";
      case 0xFC -> "Write Request Rejected";
      case 0xFD -> "CCCD Improperly Configured";
      case 0xFE -> "Procedure Already in Progress";
      case 0xFF -> "Out of Range";
      default ->
          code >= 0x80 && code <= 0x9F
              ? String.format(Locale.ROOT, "Application Error 0x%02X", code)
              : String.format(Locale.ROOT, "Reserved 0x%02X", code);
    };
  }
}
