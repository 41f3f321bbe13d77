package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.shared.DomainException;

/** Too many login attempts for this username or from this address. */
final class LoginThrottled extends DomainException.Throttled {

  LoginThrottled(long retryAfterSeconds) {
    super("login-throttled", "Too many login attempts; try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
  }
}
