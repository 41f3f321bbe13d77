package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.promotions.campaigns.CampaignStatus;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's live sales, from its Redis counters: the dashboard's figures.
 *
 * @param progress GMV divided by the target (1.0 = reached), or null without a target
 * @param lines order lines counted
 */
public record CampaignSales(String campaignId, String nameZh, @Nullable String nameEn, CampaignStatus status,
    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
    @Nullable Long gmvTargetFen, @Nullable Double progress, long gmvFen, long orders, long units, long buyers, long lines,
    List<SalesFigures.Row> byChannel, List<SalesFigures.Row> byPrefecture, List<SalesFigures.ProductRow> topProducts) {}
