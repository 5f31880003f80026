package io.gattscope.app.view.chart;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Draws min/max envelope polylines by rasterising them into one pixel buffer (a vertical span per
 * pixel column, linear fill across empty columns, a break at a NaN point) and painting that buffer
 * once per frame, so the canvas gets one image instead of thousands of anti-aliased line segments.
 * The buffer is premultiplied BGRA bytes, the writable image's own format, so handing it over is a
 * copy rather than a per-pixel conversion (which took most of a frame).
 */
final class EnvelopeRenderer extends AbstractRendererXY<EnvelopeRenderer> {
  private byte[] pixels = new byte[0];
  private WritableImage image;
  private int width;
  private int height;

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
      pixels = new byte[4 * w * h];
      image = new WritableImage(w, h);
    } else {
      Arrays.fill(pixels, (byte) 0);
    }
    super.render();
    image
        .getPixelWriter()
        .setPixels(0, 0, w, h, PixelFormat.getByteBgraPreInstance(), pixels, 0, 4 * w);
    canvas.getGraphicsContext2D().drawImage(image, 0, 0);
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
    byte b = (byte) argb;
    byte g = (byte) (argb >>> 8);
    byte r = (byte) (argb >>> 16);
    byte a = (byte) (argb >>> 24);
    for (int y = y0; y <= y1; y++) {
      int i = 4 * (y * width + x);
      pixels[i] = b;
      pixels[i + 1] = g;
      pixels[i + 2] = r;
      pixels[i + 3] = a;
    }
  }

  private static int argb(Paint paint) {
    Color c = paint instanceof Color color ? color : Color.STEELBLUE;
    return 0xFF000000
        | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }
}
