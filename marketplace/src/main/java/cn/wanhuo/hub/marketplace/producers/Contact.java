package cn.wanhuo.hub.marketplace.producers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Someone to call about the producer. */
public record Contact(
    @NotBlank @Size(max = 40) String name,
    @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "a phone number of 7 to 20 digits") String phone,
    @Nullable @Email @Size(max = 120) String email) {}
