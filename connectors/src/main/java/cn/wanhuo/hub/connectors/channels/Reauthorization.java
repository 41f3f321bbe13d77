package cn.wanhuo.hub.connectors.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A new session or access token for a shop, and when it expires. */
public record Reauthorization(@NotBlank @Size(max = 500) String accessToken, @Nullable Instant tokenExpiresAt) {}
