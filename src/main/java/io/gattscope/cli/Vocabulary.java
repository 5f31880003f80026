package io.gattscope.cli;

import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.ad.AdStructure;
import io.gattscope.gatt.ad.AdvertisingData;
import io.gattscope.gatt.ad.AdvertisingParser;
import io.gattscope.gatt.ad.Flags;
import io.gattscope.gatt.ad.LocalName;
import io.gattscope.gatt.ad.ManufacturerData;
import io.gattscope.gatt.ad.ServiceUuids;
import io.gattscope.gatt.decode.CharacteristicDecoder;
import io.gattscope.gatt.decode.Decoders;
import io.gattscope.gatt.format.Hex;
import io.gattscope.gatt.format.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The GATT knowledge the commands print, from {@code io.gattscope.gatt}: SIG names,
 * advertising-data summaries, SIG value decoders and value formats.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * What a scan shows about a device's advertising data.
   *
   * @param company the first manufacturer's name with its id, e.g. "Apple, Inc. (0x004C)"
   * @param companyId that manufacturer's id
   * @param companyName that manufacturer's name alone, when the numbers database knows it
   * @param serviceUuids the advertised service UUIDs, in order, without repeats
   * @param services each service UUID with its SIG name, e.g. "0x180D Heart Rate"
   * @param summary the other AD structures, one phrase each
   */
  record AdInfo(
      Optional<String> company,
      Optional<Integer> companyId,
      Optional<String> companyName,
      List<UUID> serviceUuids,
      List<String> services,
      String summary) {}

  /** Converts between bytes and the text of one value format. */
  interface ValueCodec {
    String name();

    /** The value in this format, or in hex when the bytes do not fit the format. */
    String format(byte[] value);

    /**
     * The bytes of a text in this format.
     *
     * @throws IllegalArgumentException saying where the text is wrong
     */
    byte[] parse(String text);
  }

  static Optional<String> serviceName(UUID uuid) {
    return BluetoothNames.get().serviceName(uuid);
  }

  static Optional<String> characteristicName(UUID uuid) {
    return BluetoothNames.get().characteristicName(uuid);
  }

  static Optional<String> descriptorName(UUID uuid) {
    return BluetoothNames.get().descriptorName(uuid);
  }

  /** The SIG decoding of a characteristic value, e.g. "Heart Rate: 72 bpm", if one is known. */
  static Optional<String> decode(UUID characteristic, byte[] value) {
    return Decoders.decode(characteristic, value).map(d -> d.summary());
  }

  /** The SIG decoder of a characteristic's values, if one is known. */
  static Optional<CharacteristicDecoder> decoder(UUID characteristic) {
    return Decoders.forUuid(characteristic);
  }

  static AdInfo describe(ScanResult result) {
    AdvertisingData adv = AdvertisingParser.parse(result.advertisingData());
    AdvertisingData rsp = AdvertisingParser.parse(result.scanResponseData());
    Optional<ManufacturerData> maker =
        concat(adv.manufacturerData(), rsp.manufacturerData()).stream().findFirst();
    Optional<String> company = maker.map(ManufacturerData::companyName);
    Optional<Integer> companyId = maker.map(ManufacturerData::companyId);
    Optional<String> companyName = companyId.flatMap(id -> BluetoothNames.get().companyName(id));
    List<UUID> uuids = concat(adv.serviceUuids(), rsp.serviceUuids()).stream().distinct().toList();
    List<String> services =
        uuids.stream()
            .map(u -> Uuids.format(u) + serviceName(u).map(n -> " " + n).orElse(""))
            .toList();
    List<String> lines =
        concat(adv.structures(), rsp.structures()).stream()
            .filter(st -> !(st instanceof LocalName || st instanceof Flags))
            .filter(st -> !(st instanceof ServiceUuids || st instanceof ManufacturerData))
            .map(AdStructure::summary)
            .toList();
    List<String> beacons =
        concat(adv.manufacturerData(), rsp.manufacturerData()).stream()
            .map(ManufacturerData::summary)
            .toList();
    return new AdInfo(
        company,
        companyId,
        companyName,
        uuids,
        services,
        String.join("; ", concat(beacons, lines)));
  }

  /** A UUID and its SIG name as JSON: {@code {"uuid":"0000180d-…","name":"Heart Rate"}}. */
  static Json uuidJson(UUID uuid, Optional<String> name) {
    Json j = Json.object().put("uuid", uuid.toString());
    name.ifPresent(n -> j.put("name", n));
    return j;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The codec of a format name such as {@code hex}, {@code utf8}, {@code uint16-le}, {@code
   * sfloat}.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  static ValueCodec codec(String name) {
    ValueFormat format = ValueFormat.fromName(name);
    return new ValueCodec() {
      @Override
      public String name() {
        return format.label();
      }

      @Override
      public String format(byte[] value) {
        return format.canFormat(value) ? format.format(value) : Hex.format(value);
      }

      @Override
      public byte[] parse(String text) {
        return format.parse(text);
      }
    };
  }
}
