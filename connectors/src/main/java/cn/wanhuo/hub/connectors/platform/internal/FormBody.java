package cn.wanhuo.hub.connectors.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.BodyInserters.FormInserter;

/** A form-urlencoded UTF-8 body of single-valued parameters, as TOP, JD and Pinduoduo take them. */
public final class FormBody {

  public static final MediaType TYPE = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

  private FormBody() {}

  public static FormInserter<String> of(Map<String, String> params) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.setAll(params);
    return BodyInserters.fromFormData(form);
  }
}
