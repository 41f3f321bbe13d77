package cn.wanhuo.hub.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin for search, computed in Java because the Elasticsearch we run has no pinyin analyzer. A name becomes its
 * syllables (黄山毛峰 → huang shan mao feng); search matches on every run of consecutive syllables joined
 * ("maofeng", "huangshan", "huangshanmaofeng") and on runs of initials ("hsmf", "mf"), so a keyword field and a
 * term or prefix query find a name from any part of its pinyin without n-gram tokenizers.
 */
public final class Pinyin {

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
  /** Runs longer than this add nothing a user types; it bounds the grams of long names. */
  private static final int MAX_RUN = 8;
  /** Place names read differently from their characters' first reading (六安 is Lu'an, not Liu'an). */
  private static final Map<String, List<String>> WORDS = Map.of(
      "六安", List.of("lu", "an"), "蚌埠", List.of("beng", "bu"), "亳州", List.of("bo", "zhou"), "歙县", List.of("she", "xian"),
      "歙砚", List.of("she", "yan"), "黟县", List.of("yi", "xian"), "枞阳", List.of("zong", "yang"));

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private Pinyin() {}

  /**
   * The syllables of the text: the first reading of each Chinese character; Latin letters and digits kept as
   * lower-case words; anything else separates words.
   */
  public static List<String> syllables(String text) {
    var out = new ArrayList<String>();
    var word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      List<String> placeName = wordAt(text, i);
      if (placeName != null) {
        flush(word, out);
        out.addAll(placeName);
        i += 1;
        continue;
      }
      String reading = reading(c);
      if (reading != null) {
        flush(word, out);
        out.add(reading);
      } else if (Character.isLetterOrDigit(c) && c < 0x3000) {
        word.append(Character.toLowerCase(c));
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  /** Every run of consecutive syllables joined ("mao", "maofeng", "huangshanmaofeng"), for exact and prefix matches. */
  public static Set<String> syllableRuns(String text) {
    return runs(syllables(text), false);
  }

  /** Every run of two or more consecutive initials ("hs", "hsmf", "mf"). */
  public static Set<String> initialRuns(String text) {
    return runs(syllables(text), true);
  }

  /** The whole text's pinyin without spaces: 黄山毛峰 → huangshanmaofeng. */
  public static String full(String text) {
    return String.join("", syllables(text));
  }

  /** The initials of the whole text: 黄山毛峰 → hsmf. */
  public static String initials(String text) {
    var initials = new StringBuilder();
    syllables(text).forEach(s -> initials.append(s.charAt(0)));
    return initials.toString();
  }

  /** Whether the text holds at least one Chinese character. */
  public static boolean hasChinese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static Set<String> runs(List<String> syllables, boolean initialsOnly) {
    var runs = new LinkedHashSet<String>();
    for (int start = 0; start < syllables.size(); start++) {
      var run = new StringBuilder();
      for (int end = start; end < syllables.size() && end - start < MAX_RUN; end++) {
        String s = syllables.get(end);
        run.append(initialsOnly ? s.substring(0, 1) : s);
        if (!initialsOnly || end > start) {
          runs.add(run.toString());
        }
      }
    }
    return runs;
  }

  /** The reading of a two-character place name starting at i, if it is one. */
  private static List<String> wordAt(String text, int i) {
    return i + 2 <= text.length() ? WORDS.get(text.substring(i, i + 2)) : null;
  }

  private static String reading(char c) {
    if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
      return null;
    }
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      return readings == null || readings.length == 0 ? null : readings[0].toLowerCase(Locale.ROOT);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString());
      word.setLength(0);
    }
  }
}
