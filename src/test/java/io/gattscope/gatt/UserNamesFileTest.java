package io.gattscope.gatt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserNamesFileTest {
  private static final UUID UART = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e");
  private static final UUID RX = UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e");
  private static final UUID LABEL = UUID.fromString("a5f10000-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  @TempDir Path dir;

  @Test
  void namesGivenInTheExplorerAreWrittenReadBackAndShownByTheSharedNames() throws Exception {
    UserNames names =
        UserNames.EMPTY
            .with(UserNames.Kind.SERVICE, UART, "My UART")
            .with(UserNames.Kind.CHARACTERISTIC, RX, " UART RX ")
            .with(UserNames.Kind.DESCRIPTOR, LABEL, "Scale");
    Path file = dir.resolve("gattscope/names.json");
    names.write(file);

    assertThat(Files.readString(file))
        .contains("\"6e400001-b5a3-f393-e0a9-e50e24dcca9e\" : \"My UART\"");
    UserNames back = UserNames.read(file);
    assertThat(back.problem()).isEmpty();
    assertThat(back.services()).containsEntry(UART, "My UART");
    assertThat(back.characteristics()).containsEntry(RX, "UART RX");
    assertThat(back.descriptors()).containsEntry(LABEL, "Scale");

    BluetoothNames shared = BluetoothNames.load(file);
    assertThat(shared.characteristicName(RX)).contains("UART RX");
    assertThat(shared.descriptorName(LABEL)).contains("Scale");
    shared.useUserNames(back.with(UserNames.Kind.DESCRIPTOR, LABEL, ""));
    assertThat(shared.descriptorName(LABEL)).isEmpty();
    assertThat(shared.characteristicName(RX)).contains("UART RX");
  }
}
