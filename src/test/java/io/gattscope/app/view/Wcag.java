package io.gattscope.app.view;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/** WCAG 2 contrast measured on rendered pixels, for the theme tests. */
public final class Wcag {
  /** The AA bound for normal text. */
  public static final double AA = 4.5;

  private Wcag() {}

  /** The most frequent colour inside the box (glyphs cover far less than half of a text's box). */
  public static Color background(PixelReader pixels, Bounds b) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = (int) Math.ceil(b.getMinY()); y < (int) b.getMaxY(); y++) {
      for (int x = (int) Math.ceil(b.getMinX()); x < (int) b.getMaxX(); x++) {
        counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
      }
    }
    int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
  }

  /** WCAG 2 contrast ratio of two colours. */
  public static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2 relative luminance of a colour. */
  public static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
