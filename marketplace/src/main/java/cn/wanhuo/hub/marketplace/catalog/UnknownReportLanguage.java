package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;

/** A problem report asked for in a language the hub does not write. */
public final class UnknownReportLanguage extends DomainException.Invalid {

  UnknownReportLanguage(String lang) {
    super("validation-failed", "lang", "must be zh or en, not " + lang);
  }
}
