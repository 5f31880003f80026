package io.gattscope.stream.uart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {
  @Test
  void lfCrAndCrlfEachEndOneLine() {
    LineAssembler a = new LineAssembler();
    assertThat(a.accept(bytes("a\nb\rc\r\nd"))).containsExactly("a", "b", "c");
    assertThat(a.pending()).isEqualTo("d");
  }

  @Test
  void crlfSplitBetweenNotificationsEndsOneLine() {
    LineAssembler a = new LineAssembler();
    assertThat(a.accept(bytes("one\r"))).containsExactly("one");
    assertThat(a.accept(bytes("\ntwo\r"))).containsExactly("two");
    assertThat(a.accept(bytes("\n"))).isEmpty();
    assertThat(a.accept(bytes("\n"))).containsExactly("");
  }

  @Test
  void aLongLineIsCutAtTheLimitAndCounted() {
    LineAssembler a = new LineAssembler(4);
    assertThat(a.accept(bytes("abcdefghij\n"))).containsExactly("abcd", "efgh", "ij");
    assertThat(a.overflows()).isEqualTo(2);
    assertThatThrownBy(() -> new LineAssembler(0)).hasMessageContaining("at least 1");
  }

  @Test
  void utf8SplitBetweenNotificationsDecodesWhole() {
    byte[] all = bytes("25 °C\n");
    LineAssembler a = new LineAssembler();
    assertThat(a.accept(java.util.Arrays.copyOfRange(all, 0, 4))).isEmpty();
    assertThat(a.accept(java.util.Arrays.copyOfRange(all, 4, all.length))).containsExactly("25 °C");
  }

  /** Lines are not empty: an empty line after a CR-ended one would make CR LF one ending. */
  @Property
  void anySplitOfTheStreamGivesTheSameLines(
      @ForAll @Size(max = 8)
          List<@StringLength(min = 1, max = 12) @net.jqwik.api.constraints.AlphaChars String> lines,
      @ForAll("endings") List<String> ends,
      @ForAll @IntRange(min = 1, max = 7) int piece) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append(ends.isEmpty() ? "\n" : ends.get(i % ends.size()));
    }
    byte[] all = bytes(text.toString());
    LineAssembler a = new LineAssembler();
    List<String> got = new ArrayList<>();
    for (int i = 0; i < all.length; i += piece) {
      got.addAll(a.accept(java.util.Arrays.copyOfRange(all, i, Math.min(all.length, i + piece))));
    }
    assertThat(got).isEqualTo(lines);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<String>> endings() {
    return net.jqwik.api.Arbitraries.of("\n", "\r", "\r\n").list().ofMaxSize(4);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
