package cn.wanhuo.hub.connectors.orders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far one shop's orders have been imported.
 *
 * @param id the channel account's id
 * @param importedUntil every order modified before this moment (less the overlap) is imported
 * @param lastRunAt when the last round for this shop finished, well or not
 * @param lastError the last round's failure, for the operator; null after a good round
 * @param orders how many order versions this shop's imports have stored
 */
@Document("order_cursors")
public record OrderCursor(
    @Id String id,
    Instant importedUntil,
    @Nullable Instant lastRunAt,
    @Nullable String lastError,
    long orders) {}
