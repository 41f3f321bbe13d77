package cn.wanhuo.hub.promotions.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** 满减: spend at least {@code thresholdFen} on the campaign's goods and save {@code saveFen}. */
public record SpendSaveTier(@Positive @Max(100_000_000) long thresholdFen, @Positive @Max(100_000_000) long saveFen) {}
