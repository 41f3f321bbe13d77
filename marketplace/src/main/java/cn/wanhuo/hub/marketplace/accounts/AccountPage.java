package cn.wanhuo.hub.marketplace.accounts;

import java.util.List;

/** One page of accounts, newest first, without password hashes. */
public record AccountPage(long total, int page, int size, List<AccountView> items) {}
