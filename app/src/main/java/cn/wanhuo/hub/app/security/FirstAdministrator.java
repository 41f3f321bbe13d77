package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the hub can be administered: when no ADMIN exists, creates one with the configured password or a
 * generated one, which is printed once and written to the configured file for the operator.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final AccountManagement accounts;
  private final SecuritySettings settings;

  FirstAdministrator(AccountManagement accounts, SecuritySettings settings) {
    this.accounts = accounts;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean generated = settings.adminPassword() == null || settings.adminPassword().isBlank();
    String password = generated ? generate() : settings.adminPassword();
    // Start-up runs on the main thread: the hub must not report ready without an administrator.
    Boolean created = accounts.openFirstAdmin(settings.adminUsername(), password).block(Duration.ofMinutes(1));
    if (Boolean.TRUE.equals(created) && generated) {
      announce(password);
    }
  }

  private void announce(String password) {
    Path file = settings.adminPasswordFile();
    if (file != null) {
      write(file, password);
    }
    log.warn("""

        ==== First administrator created ====
          username: {}
          password: {}
        (shown once{}; change it after logging in)
        =====================================""", settings.adminUsername(), password,
        file == null ? "" : ", also saved in " + file.toAbsolutePath());
  }

  private static void write(Path file, String password) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, password + System.lineSeparator());
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the first admin's password to " + file, e);
    }
  }

  private static String generate() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
