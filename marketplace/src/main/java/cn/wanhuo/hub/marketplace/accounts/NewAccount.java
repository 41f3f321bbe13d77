package cn.wanhuo.hub.marketplace.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account an administrator opens, with any roles. A REVIEWER needs a region scope: 340000 (the province),
 * a prefecture or a county code.
 */
public record NewAccount(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,32}", message = "3 to 32 letters, digits, '_', '.' or '-'") String username,
    @NotBlank @Size(min = 10, max = 128, message = "must be 10 to 128 characters") String password,
    @NotBlank @Size(max = 60) String displayName,
    @NotEmpty Set<Role> roles,
    @Nullable @Pattern(regexp = "\\d{6}", message = "a six-digit GB/T 2260 code") String regionScope) {}
