package io.gattscope.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reader the bundled names database is parsed with. */
class BundledJsonTest {
  @Test
  void readsObjectsArraysStringsAndNumbersAsText() throws IOException {
    Object v =
        BundledJson.parse(
            " [ {\"code\": 76, \"name\": \"Apple, Inc.\", \"x\": [1, -2.5e3, true, null]},"
                + " {\"name\": \"caf\\u00e9 \\\"q\\\" \\\\ \\/\"} ] ");
    assertThat(v)
        .isEqualTo(
            List.of(
                Map.of(
                    "code",
                    "76",
                    "name",
                    "Apple, Inc.",
                    "x",
                    Arrays.asList("1", "-2.5e3", "true", null)),
                Map.of("name", "café \"q\" \\ /")));
  }

  @Test
  void rejectsMalformedInputNamingTheOffset() {
    for (String bad :
        List.of("[1,]", "{\"a\" 1}", "[01]", "\"open", "[1] x", "{\"a\":tru}", "[\"\\x\"]", "")) {
      assertThatThrownBy(() -> BundledJson.parse(bad), bad)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("at offset");
    }
  }
}
