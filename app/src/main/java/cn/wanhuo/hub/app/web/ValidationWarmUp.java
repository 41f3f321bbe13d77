package cn.wanhuo.hub.app.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bean validation reads its message bundles from the jar the first time a message is needed in a locale; done
 * during a request, that file read would block an event loop. Reading them at start-up, for the languages the hub
 * speaks, keeps requests non-blocking.
 */
@Component
class ValidationWarmUp implements ApplicationRunner {

  private static final List<Locale> SPOKEN = List.of(Locale.getDefault(), Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE,
      Locale.ENGLISH, Locale.US, Locale.UK);

  private final Validator validator;

  ValidationWarmUp(Validator validator) {
    this.validator = validator;
  }

  private record Probe(@NotBlank String text) {}

  @Override
  public void run(ApplicationArguments args) {
    Locale previous = LocaleContextHolder.getLocale();
    try {
      for (Locale locale : SPOKEN) {
        LocaleContextHolder.setLocale(locale);
        validator.validate(new Probe(""));
      }
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
  }
}
