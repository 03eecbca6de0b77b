package io.venn.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A small line chart drawn with java.awt (headless) and written as PNG: enough for a precision /
 * recall curve and a time-versus-size plot without a plotting library.
 */
public final class LinePlot {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;
  private static final int LEFT = 80;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd)
  };

  /** One named line; points in drawing order. */
  public record Series(String name, List<double[]> points, boolean dashed) {
    public Series {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }
  }

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final boolean logX;
  private final boolean logY;
  private final List<Series> series = new ArrayList<>();
  private double[] yRange;
  private double[] xRange;
  private boolean legendTop;

  public LinePlot(String title, String xLabel, String yLabel, boolean logX, boolean logY) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.logX = logX;
    this.logY = logY;
  }

  public LinePlot add(Series s) {
    series.add(s);
    return this;
  }

  /** Puts the legend in the upper left corner: for rising curves, which leave it empty. */
  public LinePlot legendTop() {
    this.legendTop = true;
    return this;
  }

  /** Fixes the x axis instead of fitting it to the data. */
  public LinePlot xRange(double min, double max) {
    this.xRange = new double[] {min, max};
    return this;
  }

  /** Fixes the y axis instead of fitting it to the data. */
  public LinePlot yRange(double min, double max) {
    this.yRange = new double[] {min, max};
    return this;
  }

  /**
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if there is nothing to draw
   */
  public void write(Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    double[] xs = xRange != null ? new double[] {t(xRange[0], logX), t(xRange[1], logX)} : bounds(0, logX);
    double[] ys = yRange != null ? new double[] {t(yRange[0], logY), t(yRange[1], logY)} : bounds(1, logY);
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.setColor(Color.BLACK);
    g.drawString(title, LEFT, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i <= 5; i++) {
      double fx = xs[0] + (xs[1] - xs[0]) * i / 5;
      double fy = ys[0] + (ys[1] - ys[0]) * i / 5;
      int px = LEFT + plotW * i / 5;
      int py = TOP + plotH - plotH * i / 5;
      g.setColor(new Color(0xe0e0e0));
      g.drawLine(px, TOP, px, TOP + plotH);
      g.drawLine(LEFT, py, LEFT + plotW, py);
      g.setColor(Color.DARK_GRAY);
      g.drawString(label(inv(fx, logX), inv(xs[1], logX) - inv(xs[0], logX)), px - 18, TOP + plotH + 18);
      g.drawString(label(inv(fy, logY), inv(ys[1], logY) - inv(ys[0], logY)), 10, py + 4);
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, plotW, plotH);
    g.drawString(xLabel, LEFT + plotW / 2 - 40, HEIGHT - 25);
    g.drawString(yLabel, 10, TOP - 10);
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      g.setColor(PALETTE[s % PALETTE.length]);
      g.setStroke(line.dashed()
          ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)
          : new BasicStroke(2.2f));
      int[] prev = null;
      for (double[] p : line.points()) {
        int px = LEFT + (int) Math.round(plotW * (t(p[0], logX) - xs[0]) / (xs[1] - xs[0]));
        int py = TOP + plotH - (int) Math.round(plotH * (t(p[1], logY) - ys[0]) / (ys[1] - ys[0]));
        py = Math.max(TOP, Math.min(TOP + plotH, py));
        g.fillOval(px - 3, py - 3, 6, 6);
        if (prev != null) {
          g.drawLine(prev[0], prev[1], px, py);
        }
        prev = new int[] {px, py};
      }
    }
    legend(g, plotW, plotH);
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  /** The legend in a white box in a left corner of the plot (lower unless {@link #legendTop}). */
  private void legend(Graphics2D g, int plotW, int plotH) {
    int boxH = 18 * series.size() + 10;
    int x = LEFT + 12;
    int y = legendTop ? TOP + 12 : TOP + plotH - boxH - 12;
    g.setColor(Color.WHITE);
    g.fillRect(x, y, 230, boxH);
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(x, y, 230, boxH);
    for (int s = 0; s < series.size(); s++) {
      int ly = y + 18 + 18 * s;
      g.setColor(PALETTE[s % PALETTE.length]);
      g.setStroke(new BasicStroke(2.2f));
      g.drawLine(x + 8, ly - 4, x + 33, ly - 4);
      g.setColor(Color.BLACK);
      g.drawString(series.get(s).name(), x + 40, ly);
    }
  }

  private double[] bounds(int axis, boolean log) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double[] p : s.points()) {
        double v = t(p[axis], log);
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (min > max) {
      throw new IllegalStateException("nothing to plot in " + title);
    }
    if (min == max) {
      max = min + 1;
    }
    double pad = (max - min) * 0.05;
    return new double[] {log ? min : min - pad, max + pad};
  }

  private static double t(double v, boolean log) {
    return log ? Math.log10(v) : v;
  }

  private static double inv(double v, boolean log) {
    return log ? Math.pow(10, v) : v;
  }

  /** A tick label with as many decimals as the axis span needs to tell ticks apart. */
  private static String label(double v, double span) {
    double a = Math.abs(v);
    if (span < 10 && a < 1e3) {
      int decimals = Math.max(0, (int) Math.ceil(-Math.log10(span / 5)) + 1);
      return String.format(Locale.ROOT, "%." + Math.min(decimals, 5) + "f", v);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", v / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.0fk", v / 1e3);
    }
    return a >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
