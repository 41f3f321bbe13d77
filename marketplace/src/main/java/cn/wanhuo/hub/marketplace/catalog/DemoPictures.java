package cn.wanhuo.hub.marketplace.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Sample pictures for the demo catalog, drawn rather than downloaded: a card in the category's colour with the
 * product's name, so the storefront has a cover for every demo product and nobody mistakes it for a photograph.
 * Drawing reads fonts from disk, so callers run it off the event loop.
 */
final class DemoPictures {

  static final int SIZE = 480;

  private static final Map<Category, Color> COLOURS = Map.of(
      Category.TEA, new Color(0x3f7d4e), Category.SILK, new Color(0xa8476b), Category.HOME_TEXTILES, new Color(0x7a5c99),
      Category.CULTURAL_GOODS, new Color(0x3a3a3a), Category.CRAFTS, new Color(0x8a5a2b), Category.FARM_PRODUCE, new Color(0x9a7b1c),
      Category.FOOD, new Color(0xb5562f), Category.LIQUOR, new Color(0x8e2c2c), Category.HERBAL, new Color(0x4f6b3a),
      Category.TOURISM_SERVICE, new Color(0x2f6d8e));
  private static final String[] CJK_FONTS = {"Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN"};

  private DemoPictures() {}

  /** A PNG cover for a demo product. */
  static byte[] cover(Category category, String nameZh, String nameEn) {
    var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Color base = COLOURS.getOrDefault(category, Color.DARK_GRAY);
      g.setPaint(new GradientPaint(0, 0, base.brighter(), SIZE, SIZE, base.darker()));
      g.fillRect(0, 0, SIZE, SIZE);
      // Hui-style round window motif behind the name.
      g.setColor(new Color(255, 255, 255, 40));
      g.setStroke(new BasicStroke(10));
      g.draw(new Ellipse2D.Double(SIZE * 0.15, SIZE * 0.12, SIZE * 0.7, SIZE * 0.7));
      String english = nameEn == null ? "" : nameEn;
      Optional<Font> chinese = chineseFont(nameZh + "皖货汇示例图片");
      g.setColor(Color.WHITE);
      if (chinese.isPresent()) {
        fitted(g, nameZh, chinese.get(), 64, SIZE * 0.50);
        g.setColor(new Color(255, 255, 255, 220));
        fitted(g, english, new Font(Font.SANS_SERIF, Font.PLAIN, 22), 22, SIZE * 0.66);
        g.setColor(new Color(255, 255, 255, 160));
        fitted(g, "皖货汇 · 示例图片 Sample", chinese.get(), 18, SIZE * 0.92);
      } else {
        // Without a CJK font the Chinese name would be a row of boxes: the English name takes its place.
        fitted(g, english, new Font(Font.SANS_SERIF, Font.BOLD, 40), 40, SIZE * 0.52);
        g.setColor(new Color(255, 255, 255, 160));
        fitted(g, "Wanhuo Hub · Sample", new Font(Font.SANS_SERIF, Font.PLAIN, 18), 18, SIZE * 0.92);
      }
    } finally {
      g.dispose();
    }
    var png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** Draws the text centred at the baseline y, shrinking it until it fits the width. */
  private static void fitted(Graphics2D g, String text, Font font, int size, double y) {
    float points = size;
    var metrics = g.getFontMetrics(font.deriveFont(points));
    while (metrics.stringWidth(text) > SIZE * 0.86 && points > 10) {
      points -= 2;
      metrics = g.getFontMetrics(font.deriveFont(points));
    }
    g.setFont(font.deriveFont(points));
    g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2f, (float) y);
  }

  /** The first installed font that can draw the text, if any. */
  private static Optional<Font> chineseFont(String text) {
    return Arrays.stream(CJK_FONTS)
        .map(name -> new Font(name, Font.BOLD, 64))
        .filter(font -> font.canDisplayUpTo(text) == -1)
        .findFirst();
  }
}
