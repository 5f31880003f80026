package io.gattscope.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSettingsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void valuesSurviveARestartInAReadableVersionedFile() throws Exception {
    Path file = dir.resolve("gattscope/settings.json");
    FileSettings first = FileSettings.load(file, CLOCK);
    first.put("theme", "dark");
    first.put("layout.scanDivider", "0.42");

    String text = Files.readString(file);
    assertThat(text).contains("\"schemaVersion\" : 1").contains("\"theme\" : \"dark\"");
    FileSettings again = FileSettings.load(file, CLOCK);
    assertThat(again.problem()).isEmpty();
    assertThat(again.get("theme", "light")).isEqualTo("dark");
    assertThat(again.getDouble("layout.scanDivider", 0)).isEqualTo(0.42);
  }

  @Test
  void aCorruptFileIsSetAsideReportedAndDefaultsAreUsed() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"settings\": {\"theme\": ");

    FileSettings s = FileSettings.load(file, CLOCK);

    assertThat(s.get("theme", "light")).isEqualTo("light");
    Path aside = dir.resolve("settings.json.corrupt-20260304-050607");
    assertThat(aside).exists();
    assertThat(file).doesNotExist();
    assertThat(s.problem().orElseThrow())
        .contains("could not be read")
        .contains("settings.json.corrupt-20260304-050607");
    s.put("theme", "dark");
    assertThat(FileSettings.load(file, CLOCK).get("theme", "")).isEqualTo("dark");
  }

  @Test
  void aFileWithoutSchemaVersionIsSetAsideToo() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{\"theme\": \"dark\"}");
    FileSettings s = FileSettings.load(file, CLOCK);
    assertThat(s.problem().orElseThrow()).contains("No schemaVersion");
    assertThat(s.get("theme", "light")).isEqualTo("light");
  }

  @Test
  void xdgConfigHomeIsHonouredOnLinux() {
    assertThat(ConfigDir.of(Map.of("XDG_CONFIG_HOME", "/x/conf"), "Linux", "/home/u"))
        .isEqualTo(Path.of("/x/conf/gattscope"));
    assertThat(ConfigDir.of(Map.of(), "Linux", "/home/u"))
        .isEqualTo(Path.of("/home/u/.config/gattscope"));
    assertThat(ConfigDir.of(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", "/home/u"))
        .isEqualTo(Path.of("/home/u/.config/gattscope"));
  }
}
