package cn.wanhuo.hub.marketplace.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person submits to open an account. */
public record Registration(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{3,32}", message = "3 to 32 letters, digits, '_', '.' or '-'") String username,
    @NotBlank @Size(min = 10, max = 128, message = "must be 10 to 128 characters") String password,
    @NotBlank @Size(max = 60) String displayName,
    @NotNull Role role) {}
