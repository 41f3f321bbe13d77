package cn.wanhuo.hub.marketplace.catalog;

import java.util.Locale;
import java.util.Locale.LanguageRange;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The language of a downloadable import problem report: Chinese unless English is asked for. */
public enum ReportLanguage {
  ZH, EN;

  /**
   * The language named by {@code lang} ({@code zh} or {@code en}); without it, the first of the two in the
   * Accept-Language header, else Chinese, the hub's default.
   */
  public static ReportLanguage of(@Nullable String lang, @Nullable String acceptLanguage) {
    if (lang != null) {
      return ofTag(lang).orElseThrow(() -> new UnknownReportLanguage(lang));
    }
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ZH;
    }
    try {
      return LanguageRange.parse(acceptLanguage).stream()
          .map(range -> ofTag(range.getRange()))
          .flatMap(Optional::stream)
          .findFirst().orElse(ZH);
    } catch (IllegalArgumentException malformed) {
      // A header we cannot read asks for nothing we can honour; answer in the default language.
      return ZH;
    }
  }

  private static Optional<ReportLanguage> ofTag(String tag) {
    String language = tag.trim().toLowerCase(Locale.ROOT);
    if (language.equals("zh") || language.startsWith("zh-")) {
      return Optional.of(ZH);
    }
    if (language.equals("en") || language.startsWith("en-")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }
}
