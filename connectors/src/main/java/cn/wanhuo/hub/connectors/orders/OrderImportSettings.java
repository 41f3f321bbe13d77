package cn.wanhuo.hub.connectors.orders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How order import polls.
 *
 * @param poll time between rounds over every active shop
 * @param overlap how far each window reaches back before the last imported moment, because platforms index a
 *     modified order a little late; dedup makes the overlap harmless
 * @param initialLookback how far back the first import of a newly connected shop reaches
 * @param lease how long one instance may hold a shop's import before another may take it over
 * @param ledgerBatch how many imported orders are stored and sent to the sales ledger together
 * @param piece how much of the span one step reads before the cursor moves (at most every platform's window)
 */
@ConfigurationProperties("wanhuo.connectors.orders")
public record OrderImportSettings(
    @DefaultValue("10s") Duration poll,
    @DefaultValue("5m") Duration overlap,
    @DefaultValue("1d") Duration initialLookback,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("500") int ledgerBatch,
    @DefaultValue("30m") Duration piece) {}
