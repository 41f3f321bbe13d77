package cn.wanhuo.hub.marketplace.pavilion;

import java.util.List;

/** One page of pavilion search results. */
public record SearchPage(long total, int page, int size, List<SpecialtyDocument> items) {}
