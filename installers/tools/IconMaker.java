import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the GattScope application icon with Java2D and writes the PNG sizes, a Windows .ico and a
 * macOS .icns made of those PNGs.
 *
 * <p>Run from the repository root: {@code java installers/tools/IconMaker.java}. The drawing is
 * vector geometry scaled to each size, so small sizes are drawn, not downsampled.
 */
public final class IconMaker {
  /** PNG sizes written to resources/icons/gattscope-N.png. */
  static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256, 512};

  /** Sizes packed into the .ico (256 is stored as 0 in the directory entry). */
  static final int[] ICO_SIZES = {16, 32, 48, 64, 128, 256};

  private static final Color BACK_TOP = new Color(0x24, 0x4A, 0x8C);
  private static final Color BACK_BOTTOM = new Color(0x0A, 0x14, 0x2E);
  private static final Color GRID = new Color(0x8C, 0xB4, 0xFF, 0x38);
  private static final Color TRACE = new Color(0x4D, 0xF0, 0xC8);
  private static final Color TRACE_GLOW = new Color(0x4D, 0xF0, 0xC8, 0x50);
  private static final Color RADIO = new Color(0xFF, 0xB3, 0x2E);

  private IconMaker() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path icons = Files.createDirectories(root.resolve("resources/icons"));
    Map<Integer, byte[]> pngs = new LinkedHashMap<>();
    for (int size : PNG_SIZES) {
      byte[] png = png(draw(size));
      pngs.put(size, png);
      Files.write(icons.resolve("gattscope-" + size + ".png"), png);
    }
    Path windows = Files.createDirectories(root.resolve("installers/windows"));
    Files.write(windows.resolve("gattscope.ico"), ico(pngs));
    Path macos = Files.createDirectories(root.resolve("installers/macos"));
    Files.write(macos.resolve("gattscope.icns"), icns(pngs));
    System.out.println("wrote " + pngs.size() + " PNGs, gattscope.ico and gattscope.icns");
  }

  /** Draws the icon at size x size pixels. */
  static BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    double s = size / 256.0;
    g.scale(s, s);

    double inset = size <= 32 ? 4 : 12;
    double side = 256 - 2 * inset;
    RoundRectangle2D tile = new RoundRectangle2D.Double(inset, inset, side, side, 56, 56);
    g.setPaint(new GradientPaint(0, (float) inset, BACK_TOP, 0, (float) (256 - inset), BACK_BOTTOM));
    g.fill(tile);

    if (size >= 48) {
      g.setClip(tile);
      g.setColor(GRID);
      g.setStroke(new BasicStroke((float) Math.max(1.2 / s, 2.0)));
      for (int i = 1; i < 6; i++) {
        double p = inset + side * i / 6.0;
        g.draw(new java.awt.geom.Line2D.Double(p, inset, p, 256 - inset));
        g.draw(new java.awt.geom.Line2D.Double(inset, p, 256 - inset, p));
      }
      g.setClip(null);
    }

    Path2D trace = trace(inset, side);
    float width = size <= 32 ? 20f : size <= 64 ? 14f : 10f;
    if (size > 16) {
      g.setColor(TRACE_GLOW);
      g.setStroke(new BasicStroke(width * 2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(trace);
    }
    g.setColor(TRACE);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(trace);

    drawRadio(g, size);

    g.setComposite(AlphaComposite.SrcOver);
    g.setColor(new Color(255, 255, 255, 0x30));
    g.setStroke(new BasicStroke(3f));
    g.draw(new RoundRectangle2D.Double(inset + 1.5, inset + 1.5, side - 3, side - 3, 53, 53));
    g.dispose();
    return img;
  }

  /** A notification trace: flat, a sharp packet pulse, then a decaying ring. */
  private static Path2D trace(double inset, double side) {
    double left = inset + side * 0.08;
    double right = inset + side * 0.92;
    double base = 256 * 0.64;
    Path2D p = new Path2D.Double();
    p.moveTo(left, base);
    p.lineTo(left + side * 0.16, base);
    p.lineTo(left + side * 0.22, base - side * 0.40);
    p.lineTo(left + side * 0.30, base + side * 0.20);
    p.lineTo(left + side * 0.36, base);
    int steps = 60;
    double start = left + side * 0.36;
    for (int i = 1; i <= steps; i++) {
      double t = i / (double) steps;
      double x = start + (right - start) * t;
      double y = base - Math.sin(t * Math.PI * 4) * side * 0.11 * Math.exp(-2.6 * t);
      p.lineTo(x, y);
    }
    return p;
  }

  /** Radio waves from a dot, opening to the upper right: the wireless half of the picture. */
  private static void drawRadio(Graphics2D g, int size) {
    double cx = 164;
    double cy = 92;
    float stroke = size <= 16 ? 26f : size <= 32 ? 16f : size <= 64 ? 12f : 9f;
    double dot = size <= 16 ? 40 : size <= 32 ? 28 : 22;
    g.setColor(RADIO);
    g.fill(new Ellipse2D.Double(cx - dot / 2, cy - dot / 2, dot, dot));
    g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int rings = size <= 16 ? 1 : size <= 32 ? 2 : 3;
    for (int i = 1; i <= rings; i++) {
      double r = size <= 16 ? 56 : size <= 32 ? 30 * i : 22 * i;
      g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 0, 90, Arc2D.OPEN));
    }
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** A Windows icon: ICONDIR, one 16-byte entry per size, then the PNG images (Vista+ format). */
  static byte[] ico(Map<Integer, byte[]> pngs) {
    int count = ICO_SIZES.length;
    int offset = 6 + 16 * count;
    int total = offset;
    for (int size : ICO_SIZES) {
      total += pngs.get(size).length;
    }
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) count);
    for (int size : ICO_SIZES) {
      byte[] png = pngs.get(size);
      b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
      b.put((byte) 0).put((byte) 0);
      b.putShort((short) 1).putShort((short) 32);
      b.putInt(png.length).putInt(offset);
      offset += png.length;
    }
    for (int size : ICO_SIZES) {
      b.put(pngs.get(size));
    }
    return b.array();
  }

  /** A macOS icon family: 'icns' header, then ic07 (128), ic08 (256) and ic09 (512) PNG chunks. */
  static byte[] icns(Map<Integer, byte[]> pngs) {
    Map<String, byte[]> chunks = new LinkedHashMap<>();
    chunks.put("ic07", pngs.get(128));
    chunks.put("ic08", pngs.get(256));
    chunks.put("ic09", pngs.get(512));
    int total = 8;
    for (byte[] data : chunks.values()) {
      total += 8 + data.length;
    }
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
    b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
    for (Map.Entry<String, byte[]> e : chunks.entrySet()) {
      b.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      b.putInt(8 + e.getValue().length).put(e.getValue());
    }
    return b.array();
  }
}
