package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.Uuids;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
  static final String VALID =
      """
      {
        "schemaVersion": 1,
        "address": "00:07:80:5E:09:01",
        "addressType": "public",
        "name": "Demo",
        "advertising": {"packetType": "connectable", "intervalMillis": 100, "rssi": -60,
                        "data": "020106", "scanResponse": "05094465 6d6f"},
        "services": [
          {"uuid": "180f", "handle": 1, "endHandle": 4, "characteristics": [
            {"uuid": "2a19", "declarationHandle": 2, "valueHandle": 3,
             "properties": ["read", "notify"], "value": "61",
             "descriptors": [{"uuid": "2902", "handle": 4, "value": "0000"}],
             "recording": {"indicate": false, "durationMillis": 300,
                           "samples": [{"atMillis": 0, "value": "60"}, {"atMillis": 100, "value": "5f"}]}}
          ]},
          {"uuid": "12345678-1234-5678-1234-56789abcdef0", "handle": 5, "endHandle": 7,
           "characteristics": [
            {"uuid": "2a00", "declarationHandle": 6, "valueHandle": 7, "properties": ["read"],
             "error": "0x05"}
          ]}
        ]
      }
      """;

  private static String valid() {
    return VALID.replace("05094465 6d6f", "050944656d6f");
  }

  @Test
  void readsAValidSnapshot() throws Exception {
    Snapshot s = SnapshotReader.parse(valid());
    assertThat(s.addressType()).isEqualTo(AddressType.PUBLIC);
    assertThat(s.advertising().scanResponse()).containsExactly(5, 9, 'D', 'e', 'm', 'o');
    SnapshotCharacteristic battery = s.services().get(0).characteristics().get(0);
    assertThat(battery.uuid()).isEqualTo(Uuids.fromShort(0x2A19));
    assertThat(battery.properties()).isEqualTo(0x12);
    assertThat(battery.value().bytes()).containsExactly(0x61);
    assertThat(battery.recording().samples()).hasSize(2);
    assertThat(s.services().get(1).characteristics().get(0).value().attError()).isEqualTo(5);
  }

  @Test
  void writerOutputReadsBackToTheSameText() throws Exception {
    Snapshot s = SnapshotReader.parse(valid());
    String json = SnapshotWriter.toJson(s);
    assertThat(SnapshotWriter.toJson(SnapshotReader.parse(json))).isEqualTo(json);
  }

  @Test
  void eachBadFileNamesItsProblem() {
    refused(valid().replace("\"name\": \"Demo\",", ""), "$.name: missing");
    refused(
        valid().replace("\"rssi\": -60", "\"rssi\": \"-60\""),
        "$.advertising.rssi: expected an integer, got a string");
    refused(
        valid().replace("\"handle\": 4,", "\"handle\": 3,"),
        "$.services[0].characteristics[0].descriptors[0].handle: duplicate handle 0x0003,"
            + " already used at $.services[0].characteristics[0].valueHandle");
    refused(
        valid().replace("\"value\": \"61\"", "\"value\": \"6g\""),
        "$.services[0].characteristics[0].value: 'g' at 1 is not a hex digit");
    refused(
        valid().replace("\"value\": \"61\"", "\"value\": \"610\""),
        "$.services[0].characteristics[0].value: hex must have an even number of digits");
    refused(
        valid().replace("\"read\", \"notify\"", "\"read\", \"notfy\""),
        "$.services[0].characteristics[0].properties[1]: unknown property 'notfy'");
    refused(valid().replace("\"addressType\"", "\"adressType\""), "$.adressType: unknown field");
    refused(
        valid().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        "$.schemaVersion: unsupported version 2; this build reads 1");
    refused(
        valid().replace("\"error\": \"0x05\"", "\"error\": \"0x05\", \"value\": \"00\""),
        "$.services[1].characteristics[0].error: give a value or an error, not both");
    refused(
        valid().replace("\"atMillis\": 100", "\"atMillis\": 400"),
        "$.services[0].characteristics[0].recording.samples[1].atMillis: must be 0..300, got 400");
    refused(
        valid().replace("\"valueHandle\": 7", "\"valueHandle\": 8"),
        "$.services[1].characteristics[0].valueHandle: must follow the declaration at 0x0006");
    refused(
        valid().replace("\"endHandle\": 4", "\"endHandle\": 3"),
        "$.services[0].characteristics[0]: handle 0x0004 lies past the service's end");
    refused("{\"schemaVersion\": 1,", "$: not JSON");
    refused(
        valid().replace("\"name\": \"Demo\",", "\"name\": \"Demo\", \"name\": \"X\","),
        "$: not JSON: Duplicate field 'name'");
  }

  @Test
  void missingFieldsWrongTypesNullsAndTrailingTextAreRefusedToo() {
    refused(valid().replaceAll("(?s),\\s*\"services\": \\[.*\\]", ""), "$.services: missing");
    refused(
        valid().replace("\"uuid\": \"2a00\", ", ""),
        "$.services[1].characteristics[0].uuid: missing");
    refused(
        valid().replace("\"value\": \"61\"", "\"value\": null"),
        "$.services[0].characteristics[0].value: expected a string, got null");
    refused(
        valid().replace("\"rssi\": -60", "\"rssi\": -60.5"),
        "$.advertising.rssi: expected an integer, got a number");
    refused(
        valid().replace("\"properties\": [\"read\"]", "\"properties\": \"read\""),
        "$.services[1].characteristics[0].properties: expected an array, got a string");
    refused(
        valid().replace("\"handle\": 5,", "\"handle\": 1,"),
        "$.services[1].handle: duplicate handle 0x0001, already used at $.services[0].handle");
    refused("[" + valid() + "]", "$: expected an object, got an array");
    refused(valid() + " {}", "$: not JSON");
  }

  @Test
  void aDeviceThatOnlyAdvertisesHasNoTable() throws Exception {
    String beacon =
        """
        {"schemaVersion": 1, "address": "C0:11:22:33:44:55", "addressType": "random",
         "name": "", "advertising": {"packetType": "non-connectable", "intervalMillis": 100,
         "rssi": -70, "data": "0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c5"}}
        """;
    Snapshot s = SnapshotReader.parse(beacon);
    assertThat(s.services()).isEmpty();
    assertThat(s.connection()).isNull();
    assertThat(SnapshotReader.parse(SnapshotWriter.toJson(s)))
        .usingRecursiveComparison()
        .isEqualTo(s);
    refused(
        valid().replace("\"connectable\"", "\"non-connectable\""),
        "$.services: a device that advertises without accepting connections (packetType"
            + " non-connectable or discoverable) has no GATT table; give [] or leave it out");
    refused(
        beacon.replace(
            "\"name\": \"\",",
            "\"name\": \"\", \"connection\": {\"intervalMillis\": 30,"
                + " \"latency\": 0, \"supervisionTimeoutMillis\": 4000},"),
        "$.connection: a device that advertises without accepting connections (packetType"
            + " non-connectable or discoverable) has no connection parameters");
  }

  private static void refused(String json, String message) {
    assertThatThrownBy(() -> SnapshotReader.parse(json))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void generatorReferencesAreCheckedWhereTheyStand() throws Exception {
    String withGenerator =
        valid().replace("\"recording\": {", "\"generator\": \"hrm/2a19\", \"recording\": {");
    assertThatThrownBy(() -> SnapshotReader.parse(withGenerator))
        .hasMessage(
            "$.services[0].characteristics[0].generator: give a recording or a generator, not both");
    String noRecording =
        valid()
            .replaceAll("(?s),\\s*\"recording\": \\{.*?\\]\\}", "")
            .replace("\"value\": \"61\",", "\"value\": \"61\", \"generator\": \"hrm/2a19\",");
    assertThat(
            SnapshotReader.parse(noRecording)
                .services()
                .get(0)
                .characteristics()
                .get(0)
                .generator())
        .isEqualTo("hrm/2a19");
    assertThat(SnapshotWriter.toJson(SnapshotReader.parse(noRecording)))
        .contains("\"generator\" : \"hrm/2a19\"");
    assertThatThrownBy(() -> SnapshotReader.parse(noRecording.replace("hrm/2a19", "Heart Rate!")))
        .hasMessage(
            "$.services[0].characteristics[0].generator: expected a signal name like 'hrm/2a37',"
                + " got 'Heart Rate!'");
    assertThatThrownBy(
            () -> SnapshotReader.parse(noRecording.replace("\"read\", \"notify\"", "\"read\"")))
        .hasMessage(
            "$.services[0].characteristics[0].generator: the characteristic has no notify or"
                + " indicate property");
  }
}
