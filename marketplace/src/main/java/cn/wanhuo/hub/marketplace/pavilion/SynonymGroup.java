package cn.wanhuo.hub.marketplace.pavilion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Words that mean the same to a shopper (祁红 = 祁门红茶 = Keemun); a query with one also finds the others. */
@Document("synonyms")
public record SynonymGroup(@Id @Nullable String id, @Size(min = 2, max = 10) List<@NotBlank @Size(max = 40) String> terms,
    String updatedBy, Instant updatedAt, @Version @Nullable Long version) {}
