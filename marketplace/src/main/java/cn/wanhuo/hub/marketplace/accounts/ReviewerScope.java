package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.marketplace.regions.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/** The region a reviewer decides for: producers and products inside it (admins: the whole province). */
public record ReviewerScope(RegionCode region) {

  /** The caller's scope; refuses accounts that are neither admins nor reviewers with a region. */
  public static ReviewerScope of(Account account) {
    if (account.has(Role.ADMIN)) {
      return new ReviewerScope(RegionCode.of(AccountManagement.PROVINCE));
    }
    if (!account.has(Role.REVIEWER) || account.regionScope() == null) {
      throw new AccessDeniedException("Only reviewers with a region scope review producers and products");
    }
    return new ReviewerScope(RegionCode.of(account.regionScope()));
  }

  /** Whether the account reviews at all. */
  public static boolean applies(Account account) {
    return account.has(Role.ADMIN) || (account.has(Role.REVIEWER) && account.regionScope() != null);
  }

  public boolean covers(RegionCode place) {
    return place.within(region);
  }
}
