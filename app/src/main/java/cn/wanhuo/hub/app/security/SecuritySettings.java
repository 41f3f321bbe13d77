package cn.wanhuo.hub.app.security;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword the first admin's password (environment {@code WANHUO_ADMIN_PASSWORD}); generated when absent
 * @param adminPasswordFile where a generated first-admin password is written for the operator (mode 600)
 * @param loginAttemptsPerUser failed or not, per username within {@code loginWindow}
 * @param loginAttemptsPerAddress per client address within {@code loginWindow}
 */
@ConfigurationProperties("wanhuo.security")
public record SecuritySettings(
    @DefaultValue("admin") String adminUsername,
    @Nullable String adminPassword,
    @Nullable Path adminPasswordFile,
    @DefaultValue("5") int loginAttemptsPerUser,
    @DefaultValue("30") int loginAttemptsPerAddress,
    @DefaultValue("5m") Duration loginWindow) {}
