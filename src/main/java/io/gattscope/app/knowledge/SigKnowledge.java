package io.gattscope.app.knowledge;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.ad.AdvertisingData;
import io.gattscope.gatt.ad.AdvertisingParser;
import io.gattscope.gatt.ad.ManufacturerData;
import io.gattscope.gatt.decode.Decoders;
import io.gattscope.gatt.format.Hex;
import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.gatt.format.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Knowledge from the {@code io.gattscope.gatt} package: SIG names, AD parser, formats, decoders.
 */
public final class SigKnowledge implements GattKnowledge {
  private final BluetoothNames names;
  private final List<String> formats;

  public SigKnowledge(BluetoothNames names) {
    this.names = names;
    this.formats = Arrays.stream(ValueFormat.values()).map(ValueFormat::label).toList();
  }

  @Override
  public Optional<String> serviceName(UUID uuid) {
    return names.serviceName(uuid);
  }

  @Override
  public Optional<String> characteristicName(UUID uuid) {
    return names.characteristicName(uuid);
  }

  @Override
  public Optional<String> descriptorName(UUID uuid) {
    return names.descriptorName(uuid);
  }

  @Override
  public List<AdStructure> advertising(byte[] payload) {
    List<byte[]> raw = split(payload);
    AdvertisingData parsed = AdvertisingParser.parse(payload);
    List<AdStructure> out = new ArrayList<>();
    for (int i = 0; i < parsed.structures().size(); i++) {
      var s = parsed.structures().get(i);
      byte[] bytes = i < raw.size() ? raw.get(i) : new byte[0];
      String type = s.type() < 0 ? "Malformed" : String.format(Locale.ROOT, "0x%02X", s.type());
      out.add(new AdStructure(s.type(), type, s.summary(), bytes));
    }
    return out;
  }

  private static List<byte[]> split(byte[] payload) {
    List<byte[]> out = new ArrayList<>();
    int i = 0;
    while (i < payload.length) {
      int len = payload[i] & 0xFF;
      if (len == 0) {
        break;
      }
      int end = Math.min(payload.length, i + 1 + len);
      out.add(Arrays.copyOfRange(payload, i, end));
      i = end;
    }
    return out;
  }

  @Override
  public Optional<String> company(byte[] payload) {
    List<ManufacturerData> m = AdvertisingParser.parse(payload).manufacturerData();
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).companyName());
  }

  @Override
  public List<String> advertisedServices(byte[] payload) {
    return AdvertisingParser.parse(payload).serviceUuids().stream()
        .map(
            u ->
                names
                    .serviceName(u)
                    .map(n -> n + " (" + Uuids.format(u) + ")")
                    .orElse(Uuids.format(u)))
        .toList();
  }

  @Override
  public List<String> formats() {
    return formats;
  }

  @Override
  public boolean hasDecoder(UUID characteristic) {
    return Decoders.forUuid(characteristic).isPresent();
  }

  @Override
  public String formatPresentation(byte[] presentationFormat, byte[] value) {
    try {
      PresentationFormat pf = PresentationFormat.parse(presentationFormat);
      int size = pf.type().map(t -> t.size()).orElse(0);
      if (size > 0 && value.length > size && value.length % size == 0) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < value.length; i += size) {
          parts.add(pf.format(Arrays.copyOfRange(value, i, i + size)));
        }
        return String.join(", ", parts);
      }
      return pf.format(value);
    } catch (RuntimeException e) {
      return "(" + e.getMessage() + ") " + Hex.format(value);
    }
  }

  @Override
  public String format(String format, byte[] value) {
    try {
      return ValueFormat.fromName(format).format(value);
    } catch (RuntimeException e) {
      return "(" + e.getMessage() + ") " + Hex.format(value);
    }
  }

  @Override
  public byte[] parse(String format, String text) {
    return ValueFormat.fromName(format).parse(text);
  }

  @Override
  public byte[] parsePresentation(byte[] presentationFormat, String text) {
    return PresentationFormat.parse(presentationFormat).parse(text);
  }

  @Override
  public List<Field> decode(UUID characteristic, byte[] value) {
    return Decoders.decode(characteristic, value)
        .map(
            d ->
                d.fields().stream()
                    .map(
                        f ->
                            new Field(
                                f.name(), f.value() + (f.unit().isEmpty() ? "" : " " + f.unit())))
                    .toList())
        .orElse(List.of());
  }
}
