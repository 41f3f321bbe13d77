package cn.wanhuo.hub.marketplace.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

  public static String sanitise(String html) {
    return readableNonAscii(POLICY.sanitize(html));
  }

  /**
   * The sanitiser writes some non-ASCII characters (full-width punctuation such as ，) as numeric entities, which
   * editors then show raw. No non-ASCII character means anything in HTML syntax, so they are safe to keep literal;
   * entities for ASCII characters (&lt; &#61; …) stay escaped.
   */
  private static String readableNonAscii(String html) {
    return NUMERIC_ENTITY.matcher(html).replaceAll(match -> {
      String digits = match.group(1);
      int codePoint = digits.startsWith("x") ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
      return codePoint > 127 && Character.isValidCodePoint(codePoint)
          ? Matcher.quoteReplacement(new String(Character.toChars(codePoint)))
          : Matcher.quoteReplacement(match.group());
    });
  }
}
