package io.gattscope.gatt.decode;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the SIG decoders: runs a field-reading body and turns a short payload or leftover bytes
 * into error fields, so decoding never throws.
 */
final class SigDecoder implements CharacteristicDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(SigDecoder.class);

  private final UUID uuid;
  private final String name;
  private final boolean strictLength;
  private final Consumer<Reader> body;

  /**
   * Creates a decoder whose {@code body} reads the fields; {@code strictLength} makes bytes left
   * after the body an error.
   */
  SigDecoder(int uuid16, String name, boolean strictLength, Consumer<Reader> body) {
    this.uuid = Uuids.fromShort(uuid16);
    this.name = name;
    this.strictLength = strictLength;
    this.body = body;
  }

  @Override
  public UUID uuid() {
    return uuid;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Decoded decode(byte[] value) {
    Reader r = new Reader(value);
    read(r, value);
    return new Decoded(r.fields());
  }

  @Override
  public StringBuilder appendSummary(byte[] value, StringBuilder sb) {
    read(new Reader(value, sb), value);
    return sb;
  }

  private void read(Reader r, byte[] value) {
    try {
      body.accept(r);
      if (strictLength && r.remaining() > 0) {
        int left = r.remaining();
        StringBuilder message = r.begin("Extra bytes");
        message.append(left).append(" unexpected bytes at byte ").append(r.position()).append(": ");
        r.appendRest(message);
        r.end(true);
      }
    } catch (Reader.Truncated t) {
      r.begin(t.field)
          .append("missing: the value ends at byte ")
          .append(t.offset)
          .append(" but ")
          .append(t.field)
          .append(" needs ")
          .append(t.needed)
          .append(t.needed == 1 ? " more byte" : " more bytes");
      r.end(true);
    } catch (RuntimeException e) {
      LOG.debug(
          "Decoder for {} failed on {}", name, Hex.format(value == null ? new byte[0] : value), e);
      r.error("Decoding", "failed: " + e);
    }
  }

  @Override
  public String toString() {
    return name + " (" + Uuids.format(uuid) + ")";
  }
}
