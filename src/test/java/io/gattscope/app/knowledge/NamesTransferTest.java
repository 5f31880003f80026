package io.gattscope.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.UserNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTransferTest {
  private static final UUID UART = UUID.fromString("0b5e0001-7c1a-4d2b-9e3f-1a2b3c4d5e6f");
  private static final UUID RX = UUID.fromString("0b5e0002-7c1a-4d2b-9e3f-1a2b3c4d5e6f");
  private static final UUID TX = UUID.fromString("0b5e0003-7c1a-4d2b-9e3f-1a2b3c4d5e6f");

  @TempDir Path dir;
  private Path namesFile;
  private BluetoothNames names;
  private NamesTransfer transfer;

  @BeforeEach
  void setUp() throws IOException {
    namesFile = dir.resolve("config/gattscope/names.json");
    UserNames.EMPTY
        .with(UserNames.Kind.SERVICE, UART, "My UART")
        .with(UserNames.Kind.CHARACTERISTIC, RX, "Old RX")
        .write(namesFile);
    names = BluetoothNames.load(namesFile);
    transfer = new NamesTransfer(names, namesFile);
  }

  @Test
  void exportThenImportRoundTripsEveryName() throws IOException {
    Path exported = dir.resolve("shared/names-export.json");
    assertThat(transfer.exportTo(exported)).startsWith("Exported 2 names to ");

    Path otherFile = dir.resolve("other/names.json");
    BluetoothNames other = BluetoothNames.load(otherFile);
    assertThat(other.serviceName(UART)).isEmpty();
    String result = new NamesTransfer(other, otherFile).importFrom(exported);

    assertThat(result).isEqualTo("Imported 2 names from " + exported);
    assertThat(other.serviceName(UART)).contains("My UART");
    assertThat(other.characteristicName(RX)).contains("Old RX");
    assertThat(UserNames.read(otherFile).services()).containsEntry(UART, "My UART");
  }

  @Test
  void importedNamesReplaceAndAddWhileTheOthersStay() throws IOException {
    Path source = dir.resolve("team.json");
    Files.writeString(
        source,
        """
        {"characteristics": {"%s": "UART RX", "%s": "UART TX"},
         "companies": {"0xFFFF": "Test company"}}
        """
            .formatted(RX, TX));

    assertThat(transfer.importFrom(source)).startsWith("Imported 3 names from ");

    assertThat(names.serviceName(UART)).contains("My UART");
    assertThat(names.characteristicName(RX)).contains("UART RX");
    assertThat(names.characteristicName(TX)).contains("UART TX");
    assertThat(names.companyName(0xFFFF)).contains("Test company");
    UserNames saved = UserNames.read(namesFile);
    assertThat(saved.characteristics()).containsEntry(RX, "UART RX").containsEntry(TX, "UART TX");
    assertThat(saved.services()).containsEntry(UART, "My UART");
  }

  @Test
  void aBadFileGivesASpecificErrorAndChangesNothing() throws IOException {
    String before = Files.readString(namesFile);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"characteristics\": {\"" + TX + "\": \"TX\", ");
    Path badUuid = dir.resolve("bad-uuid.json");
    Files.writeString(
        badUuid, "{\"characteristics\": {\"" + TX + "\": \"TX\", \"not-a-uuid\": \"Bad\"}}");
    Path unknownSection = dir.resolve("unknown.json");
    Files.writeString(unknownSection, "{\"charactristics\": {\"" + TX + "\": \"TX\"}}");

    assertThatThrownBy(() -> transfer.importFrom(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nothing changed")
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> transfer.importFrom(badUuid))
        .hasMessageContaining("nothing changed")
        .hasMessageContaining("not-a-uuid");
    assertThatThrownBy(() -> transfer.importFrom(unknownSection))
        .hasMessageContaining("unknown section 'charactristics'");
    assertThatThrownBy(() -> transfer.importFrom(dir.resolve("missing.json")))
        .hasMessageContaining("is not a file");
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "{}");
    assertThatThrownBy(() -> transfer.importFrom(empty)).hasMessageContaining("holds no names");

    assertThat(Files.readString(namesFile)).isEqualTo(before);
    assertThat(names.characteristicName(TX)).isEmpty();
    assertThat(names.characteristicName(RX)).contains("Old RX");
  }
}
