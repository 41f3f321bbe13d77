package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.promotions.campaigns.Channel;

/** How many listings on a platform are synced, pending and failed, right now. */
public record ChannelCounters(Channel channel, long synced, long pending, long failed) {}
