package cn.wanhuo.hub.marketplace.catalog;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Product descriptions are rich text written by producers and shown to everyone, so they are sanitised on the
 * way in: formatting, paragraphs, lists, tables, https images and links survive; scripts, event handlers, styles
 * and other URLs do not. Stored text is therefore always safe to render.
 */
public final class RichText {

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING
      .and(Sanitizers.BLOCKS)
      .and(Sanitizers.TABLES)
      .and(new HtmlPolicyBuilder()
          .allowElements("a").allowAttributes("href").onElements("a").allowUrlProtocols("https", "http")
          .requireRelNofollowOnLinks()
          .toFactory())
      .and(new HtmlPolicyBuilder()
          .allowElements("img").allowAttributes("src", "alt", "width", "height").onElements("img").allowUrlProtocols("https")
          .toFactory());

  private RichText() {}

  public static String sanitise(String html) {
    return POLICY.sanitize(html);
  }
}
