package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Uuids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {
  private static final UUID IMU = UUID.fromString("6e400003-b5a3-f393-e0a9-e50e24dcca9e");
  private static final UUID TEMP = Uuids.fromShort(0x2A6E);

  @TempDir Path dir;

  @Test
  void savesAndReloadsLayoutsPerCharacteristic() throws IOException {
    Path file = dir.resolve("config/gattscope/layouts.json");
    LayoutStore store = new LayoutStore(file);
    PayloadLayout imu = PayloadLayout.parse("ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g");
    PayloadLayout temp = PayloadLayout.parse("<h");

    assertThat(store.loadAll()).isEmpty();
    store.put(IMU, imu);
    store.put(TEMP, temp);

    LayoutStore reopened = new LayoutStore(file);
    assertThat(reopened.get(IMU)).contains(imu);
    assertThat(reopened.get(TEMP)).contains(temp);
    assertThat(reopened.loadAll()).hasSize(2);
    assertThat(Files.readString(file)).contains("\"version\"").contains("<h");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }

    assertThat(reopened.remove(TEMP)).isTrue();
    assertThat(reopened.remove(TEMP)).isFalse();
    assertThat(store.loadAll()).containsOnlyKeys(IMU);
  }

  @Test
  void replacingALayoutKeepsTheOthers() throws IOException {
    LayoutStore store = new LayoutStore(dir.resolve("l.json"));
    store.put(IMU, PayloadLayout.parse("<6h"));
    store.put(TEMP, PayloadLayout.parse("<h"));
    store.put(IMU, PayloadLayout.parse(">3i"));

    assertThat(store.get(IMU)).contains(PayloadLayout.parse(">3i"));
    assertThat(store.get(TEMP)).isPresent();
  }

  @Test
  void corruptFilesAreReportedWithPathAndReason() throws IOException {
    Path file = dir.resolve("bad.json");
    LayoutStore store = new LayoutStore(file);

    Files.writeString(file, "{not json");
    assertThatThrownBy(store::loadAll)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining(file.toString());

    Files.writeString(file, "{\"layouts\":{\"2a6e\":\"<6z\"}}");
    assertThatThrownBy(store::loadAll)
        .hasMessageContaining(TEMP.toString())
        .hasMessageContaining("unknown struct code 'z'");

    Files.writeString(file, "{\"layouts\":{\"nope\":\"<h\"}}");
    assertThatThrownBy(store::loadAll).hasMessageContaining("'nope' is not a UUID");

    Files.writeString(file, "{\"layouts\":{\"2a6e\":5}}");
    assertThatThrownBy(store::loadAll).hasMessageContaining("must be a string");

    Files.writeString(file, "[]");
    assertThatThrownBy(() -> store.put(IMU, PayloadLayout.parse("<h")))
        .hasMessageContaining("no \"layouts\" object");
    assertThat(Files.readString(file)).isEqualTo("[]");
  }

  @Test
  void defaultPathIsUnderUserConfig() {
    assertThat(LayoutStore.defaultPath())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".config/gattscope/layouts.json"));
  }
}
