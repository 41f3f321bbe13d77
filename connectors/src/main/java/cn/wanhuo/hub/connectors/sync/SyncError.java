package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import java.time.Instant;

/** The last failure of a push, in the platform's own code and words. */
public record SyncError(Failure failure, String code, String message, Instant at) {}
