package cn.wanhuo.hub.connectors.channels;

/** A shop was connected, changed, authorised again or disabled: its listings may need planning or pushing. */
public record ChannelAccountChanged(String accountId, AccountStatus status) {}
