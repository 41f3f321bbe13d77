package cn.wanhuo.hub.shared.files;

import cn.wanhuo.hub.shared.DomainException;

/** An upload of the wrong type, empty, or larger than allowed. */
public final class UnacceptableFile extends DomainException.Rejected {

  public UnacceptableFile(String message) {
    super("unacceptable-file", message);
  }
}
