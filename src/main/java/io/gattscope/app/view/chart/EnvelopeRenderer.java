package io.gattscope.app.view.chart;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Draws min/max envelope polylines by rasterising them into one pixel buffer (a vertical span per
 * pixel column, linear fill across empty columns, a break at a NaN point) and painting that buffer
 * once per frame, so the canvas gets one image instead of thousands of anti-aliased line segments.
 * The image is backed by the buffer itself in premultiplied int ARGB, the software pipeline's own
 * texture format, so neither thread converts pixels (the render thread converting byte BGRA took
 * most of its frame); each frame clears only what the last one drew instead of the whole buffer.
 */
final class EnvelopeRenderer extends AbstractRendererXY<EnvelopeRenderer> {
  private int[] pixels = new int[0];
  private PixelBuffer<IntBuffer> buffer;
  private WritableImage image;
  private int width;
  private int height;
  private int[] top = new int[0];
  private int[] bottom = new int[0];
  private int left;
  private int right;
  private int high;
  private int low;
  private int drawn;

  @Override
  protected EnvelopeRenderer getThis() {
    return this;
  }

  @Override
  public void render() {
    Canvas canvas = getChart().getCanvas();
    int w = (int) Math.ceil(canvas.getWidth());
    int h = (int) Math.ceil(canvas.getHeight());
    if (w < 1 || h < 1) {
      return;
    }
    if (w != width || h != height) {
      width = w;
      height = h;
      pixels = new int[w * h];
      buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
      image = new WritableImage(buffer);
      top = new int[w];
      bottom = new int[w];
      Arrays.fill(top, Integer.MAX_VALUE);
      Arrays.fill(bottom, -1);
      resetBounds();
    }
    buffer.updateBuffer(b -> redraw());
    canvas.getGraphicsContext2D().drawImage(image, 0, 0);
  }

  /**
   * Clears the last frame's spans and draws this frame's. Tall spans are cleared row by row over
   * their bounding box (a sequential fill), short ones column by column (only their pixels). The
   * whole buffer is marked changed: a region of just the touched rows and columns left stale pixels
   * on screen under load.
   */
  private Rectangle2D redraw() {
    boolean cleared = right >= left;
    if (cleared && (long) drawn * 4 >= (long) (right - left + 1) * (low - high + 1)) {
      for (int y = high; y <= low; y++) {
        Arrays.fill(pixels, y * width + left, y * width + right + 1, 0);
      }
      Arrays.fill(top, left, right + 1, Integer.MAX_VALUE);
      Arrays.fill(bottom, left, right + 1, -1);
    } else {
      for (int x = left; x <= right; x++) {
        for (int y = top[x]; y <= bottom[x]; y++) {
          pixels[y * width + x] = 0;
        }
        top[x] = Integer.MAX_VALUE;
        bottom[x] = -1;
      }
    }
    resetBounds();
    super.render();
    return cleared || right >= left ? null : Rectangle2D.EMPTY;
  }

  private void resetBounds() {
    left = Integer.MAX_VALUE;
    right = -1;
    high = Integer.MAX_VALUE;
    low = -1;
    drawn = 0;
  }

  @Override
  protected void render(GraphicsContext gc, DataSet ds, DataSetNode style) {
    int n = ds.getDataCount();
    if (n == 0) {
      return;
    }
    int argb = argb(style.getLineColor());
    double[] xs = ds.getValues(DataSet.DIM_X);
    double[] ys = ds.getValues(DataSet.DIM_Y);
    int prevX = Integer.MIN_VALUE;
    int prevY = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(ys[i])) {
        // a gap: the curve breaks here
        prevX = Integer.MIN_VALUE;
        continue;
      }
      int px = (int) Math.round(xAxis.getDisplayPosition(xs[i]));
      int py = clampY((int) Math.round(yAxis.getDisplayPosition(ys[i])));
      if (prevX == Integer.MIN_VALUE) {
        span(px, py, py, argb);
      } else if (px == prevX) {
        span(px, Math.min(prevY, py), Math.max(prevY, py), argb);
      } else {
        for (int x = prevX + 1; x <= px; x++) {
          int from = prevY + (int) ((long) (py - prevY) * (x - 1 - prevX) / (px - prevX));
          int to = prevY + (int) ((long) (py - prevY) * (x - prevX) / (px - prevX));
          span(x, Math.min(from, to), Math.max(from, to), argb);
        }
      }
      prevX = px;
      prevY = py;
    }
  }

  private int clampY(int y) {
    return Math.max(0, Math.min(height - 1, y));
  }

  private void span(int x, int y0, int y1, int argb) {
    if (x < 0 || x >= width) {
      return;
    }
    for (int y = y0; y <= y1; y++) {
      pixels[y * width + x] = argb;
    }
    top[x] = Math.min(top[x], y0);
    bottom[x] = Math.max(bottom[x], y1);
    left = Math.min(left, x);
    right = Math.max(right, x);
    high = Math.min(high, y0);
    low = Math.max(low, y1);
    drawn += y1 - y0 + 1;
  }

  /** The image painted last (for tests); null before the first frame. */
  WritableImage image() {
    return image;
  }

  private static int argb(Paint paint) {
    Color c = paint instanceof Color color ? color : Color.STEELBLUE;
    return 0xFF000000
        | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }
}
