package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** An export would hold more lines than one file may; a shorter period or one campaign fits. */
public final class ExportTooLarge extends DomainException.Rejected {

  private final long lines;

  ExportTooLarge(long lines) {
    super("export-too-large", "The export would hold " + lines + " lines, more than " + LedgerExport.MAX_LINES
        + "; choose a shorter period, a campaign or a producer.");
    this.lines = lines;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("lines", lines, "maxLines", LedgerExport.MAX_LINES);
  }
}
