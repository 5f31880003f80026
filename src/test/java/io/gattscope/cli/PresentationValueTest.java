package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gattscope.gatt.format.PresentationFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON values carry the resolution a Presentation Format (0x2904) exponent implies. */
class PresentationValueTest {
  /** sint16, exponent -2, degrees Celsius (0x272F). */
  private static final PresentationFormat CELSIUS = new PresentationFormat(0x0E, -2, 0x272F, 1, 0);

  @Test
  void theNumberHasTheExponentsDecimalsEvenWhenTheyAreZeros() {
    PresentationValue p = new PresentationValue(CELSIUS);
    assertThat(p.number(new byte[] {0x24, 0x09})).contains("23.40"); // 2340
    assertThat(p.number(new byte[] {(byte) 0xFF, (byte) 0xFF})).contains("-0.01");
    assertThat(p.unit()).isEqualTo("°C");
    PresentationValue milli = new PresentationValue(new PresentationFormat(0x06, -3, 0x2700, 1, 0));
    assertThat(milli.number(new byte[] {0x07, 0x00})).contains("0.007");
    PresentationValue tens = new PresentationValue(new PresentationFormat(0x04, 1, 0x2700, 1, 0));
    assertThat(tens.number(new byte[] {0x03})).contains("30");
  }

  @Test
  void aSpecialValueIsNullAndAValueOfTheWrongLengthHasNoNumber() {
    PresentationValue sfloat = new PresentationValue(new PresentationFormat(0x16, 0, 0x2700, 1, 0));
    assertThat(sfloat.number(new byte[] {(byte) 0xFF, 0x07})).contains("null"); // NaN
    assertThat(new PresentationValue(CELSIUS).number(new byte[] {1, 2, 3})).isEmpty();
  }

  @Test
  void subscribeJsonLinesCarryTheNumberAndUnit() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    NotificationPrinter printer =
        new NotificationPrinter(out, true, Vocabulary.codec("hex"), null, false, 1L);
    printer.presentation(new PresentationValue(CELSIUS));
    printer.onNotification(9, new byte[] {0x29, 0x09}, System.nanoTime()); // 2345
    printer.awaitEnd(null);
    String line = bytes.toString(StandardCharsets.UTF_8).strip();
    assertThat(line).contains("\"number\":23.45,\"unit\":\"°C\"");
    JsonNode j = CliSimTest.json(line);
    assertThat(j.get("number").decimalValue()).isEqualByComparingTo("23.45");
    assertThat(j.get("hex").asText()).isEqualTo("2909");
  }
}
