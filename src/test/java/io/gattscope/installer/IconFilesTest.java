package io.gattscope.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed icons decode at their stated sizes, and the .ico/.icns containers are valid. */
class IconFilesTest {

  @ParameterizedTest
  @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
  void pngHasItsNamedSizeAndTransparentCorners(int size) throws IOException {
    BufferedImage img =
        ImageIO.read(Path.of("resources/icons/gattscope-" + size + ".png").toFile());
    assertThat(img.getWidth()).isEqualTo(size);
    assertThat(img.getHeight()).isEqualTo(size);
    assertThat(img.getRGB(0, 0) >>> 24).as("rounded corner alpha").isLessThan(0x40);
    assertThat(img.getRGB(size / 2, size / 2) >>> 24).as("centre alpha").isEqualTo(0xFF);
  }

  @Test
  void icoDirectoryPointsAtPngsOfTheDeclaredSizes() throws IOException {
    ByteBuffer b = read("installers/windows/gattscope.ico", ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getShort(0)).isZero();
    assertThat(b.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
    int count = b.getShort(4);
    Map<Integer, Integer> sizes = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      int entry = 6 + 16 * i;
      int width = Byte.toUnsignedInt(b.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(b.get(entry));
      int length = b.getInt(entry + 8);
      int offset = b.getInt(entry + 12);
      assertThat(offset + length).isLessThanOrEqualTo(b.capacity());
      BufferedImage img = decode(b, offset, length);
      sizes.put(width, img.getWidth());
      assertThat(img.getHeight()).isEqualTo(width);
    }
    assertThat(sizes).containsKeys(16, 32, 48, 256);
    sizes.forEach((declared, actual) -> assertThat(actual).isEqualTo(declared));
  }

  @Test
  void icnsChunksCoverTheFileAndHoldPngsOfTheirTypeSize() throws IOException {
    ByteBuffer b = read("installers/macos/gattscope.icns", ByteOrder.BIG_ENDIAN);
    assertThat(type(b, 0)).isEqualTo("icns");
    assertThat(b.getInt(4)).isEqualTo(b.capacity());
    Map<String, Integer> expected = Map.of("ic07", 128, "ic08", 256, "ic09", 512);
    Map<String, Integer> found = new LinkedHashMap<>();
    int pos = 8;
    while (pos < b.capacity()) {
      String type = type(b, pos);
      int length = b.getInt(pos + 4);
      assertThat(length).isGreaterThan(8);
      found.put(type, decode(b, pos + 8, length - 8).getWidth());
      pos += length;
    }
    assertThat(pos).isEqualTo(b.capacity());
    assertThat(found).isEqualTo(expected);
  }

  private static ByteBuffer read(String path, ByteOrder order) throws IOException {
    return ByteBuffer.wrap(Files.readAllBytes(Path.of(path))).order(order);
  }

  private static String type(ByteBuffer b, int pos) {
    byte[] t = new byte[4];
    b.get(pos, t);
    return new String(t, StandardCharsets.US_ASCII);
  }

  private static BufferedImage decode(ByteBuffer b, int offset, int length) throws IOException {
    byte[] png = new byte[length];
    b.get(offset, png);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img).as("PNG at offset %d", offset).isNotNull();
    return img;
  }
}
