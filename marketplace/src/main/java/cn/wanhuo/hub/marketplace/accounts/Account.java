package cn.wanhuo.hub.marketplace.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's login. Usernames are stored lower-case and unique; {@code regionScope} is the GB/T 2260 code
 * (province, prefecture or county) a reviewer covers.
 */
@Document("accounts")
public record Account(
    @Id @Nullable String id,
    @Indexed(unique = true) String username,
    String passwordHash,
    String displayName,
    Set<Role> roles,
    @Nullable String regionScope,
    Instant createdAt,
    @Version @Nullable Long version) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
