package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.marketplace.regions.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/** Which producers a reviewer may see and decide on: those inside the reviewer's region (admins: all). */
record ReviewScope(RegionCode region) {

  static ReviewScope of(Account account) {
    if (account.has(Role.ADMIN)) {
      return new ReviewScope(RegionCode.of("340000"));
    }
    if (!account.has(Role.REVIEWER) || account.regionScope() == null) {
      throw new AccessDeniedException("Only reviewers with a region scope review producers");
    }
    return new ReviewScope(RegionCode.of(account.regionScope()));
  }

  boolean covers(Producer producer) {
    return producer.region().within(region);
  }
}
