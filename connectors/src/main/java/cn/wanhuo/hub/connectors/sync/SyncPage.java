package cn.wanhuo.hub.connectors.sync;

import java.util.List;

/** One page of listings and how many match in all. */
public record SyncPage(List<SyncView> items, long total, int page, int size) {}
