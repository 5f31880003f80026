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
  public final Decoded decode(byte[] value) {
    Reader r = new Reader(value);
    try {
      body.accept(r);
      if (strictLength && r.remaining() > 0) {
        int at = r.position();
        r.add(
            Field.error(
                "Extra bytes",
                r.remaining() + " unexpected bytes at byte " + at + ": " + Hex.format(r.rest())));
      }
    } catch (Reader.Truncated t) {
      r.add(
          Field.error(
              t.field,
              "missing: the value ends at byte "
                  + t.offset
                  + " but "
                  + t.field
                  + " needs "
                  + t.needed
                  + " more byte"
                  + (t.needed == 1 ? "" : "s")));
    } catch (RuntimeException e) {
      LOG.debug(
          "Decoder for {} failed on {}", name, Hex.format(value == null ? new byte[0] : value), e);
      r.add(Field.error("Decoding", "failed: " + e));
    }
    return new Decoded(r.fields());
  }

  @Override
  public String toString() {
    return name + " (" + Uuids.format(uuid) + ")";
  }
}
