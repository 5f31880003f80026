package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version the build stamped is what the library reports. */
class VersionTest {
  @Test
  void reportsTheBuildsVersionNotAPlaceholder() {
    assertThat(Version.get())
        .isNotEqualTo("unknown")
        .doesNotContain("${")
        .matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
