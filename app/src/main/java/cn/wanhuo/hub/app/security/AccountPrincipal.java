package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as kept in the Redis session; the password hash is erased after authentication. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

  private final String username;
  private @Nullable String passwordHash;
  private final String displayName;
  private final Set<Role> roles;
  private final @Nullable String regionScope;

  public AccountPrincipal(Account account) {
    this.username = account.username();
    this.passwordHash = account.passwordHash();
    this.displayName = account.displayName();
    this.roles = Set.copyOf(account.roles());
    this.regionScope = account.regionScope();
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public @Nullable String regionScope() {
    return regionScope;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return authorities;
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
