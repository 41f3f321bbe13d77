package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** Shop details the hub cannot connect with: the pavilion as a channel, a bad gateway URL, a blank secret. */
public final class InvalidChannelAccount extends DomainException.Invalid {

  InvalidChannelAccount(List<FieldProblem> problems) {
    super("validation-failed", problems, "The shop account has invalid fields; see errors.");
  }
}
