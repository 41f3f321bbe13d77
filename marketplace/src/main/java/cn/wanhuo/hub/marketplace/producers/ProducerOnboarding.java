package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.ReviewerScope;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.files.FileKind;
import cn.wanhuo.hub.shared.files.StoredFile;
import cn.wanhuo.hub.shared.files.StoredFiles;
import java.time.Clock;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A producer account's side of onboarding: register the producer, upload the business licence, correct and
 * resubmit after a rejection. A producer account sees and changes only its own producers.
 */
@Service
public class ProducerOnboarding {

  static final DataSize MAX_LICENCE_SIZE = DataSize.ofMegabytes(5);
  static final DataSize MAX_LOGO_SIZE = DataSize.ofMegabytes(2);
  /** Logos are public pictures, served with product images by the pavilion. */
  public static final String LOGO_PURPOSE = "producer-logo";

  private final Producers producers;
  private final Regions regions;
  private final CurrentAccount currentAccount;
  private final StoredFiles files;
  private final Clock clock = Clock.systemUTC();

  ProducerOnboarding(Producers producers, Regions regions, CurrentAccount currentAccount, StoredFiles files) {
    this.producers = producers;
    this.regions = regions;
    this.currentAccount = currentAccount;
    this.files = files;
  }

  public Mono<Producer> register(ProducerProfile profile) {
    return producerAccount()
        .flatMap(owner -> checked(profile).map(valid -> Producer.register(owner.username(), valid, clock.instant())))
        .flatMap(this::save);
  }

  public Flux<Producer> mine() {
    return producerAccount().flatMapMany(owner -> producers.findByOwnerUsernameOrderByRegisteredAtDesc(owner.username()));
  }

  public Mono<Producer> mine(String id) {
    return producerAccount().flatMap(owner -> producers.findById(id).filter(p -> p.ownerUsername().equals(owner.username())))
        .switchIfEmpty(Mono.error(() -> new ProducerNotFound(id)));
  }

  /** Changes the profile; {@code version} is what the editor loaded, so a concurrent change answers 409. */
  public Mono<Producer> update(String id, long version, ProducerProfile profile) {
    return mine(id).zipWith(checked(profile))
        .map(both -> both.getT1().asOfVersion(version).withProfile(both.getT2(), both.getT1().ownerUsername(), clock.instant()))
        .flatMap(this::save);
  }

  /** Uploads (or replaces) the business licence scan and puts the producer in the review queue. */
  public Mono<Producer> uploadLicence(String id, FilePart scan) {
    return mine(id)
        .flatMap(producer -> files.store(scan, Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG), MAX_LICENCE_SIZE, "licence")
            .map(fileId -> producer.withLicence(fileId, producer.ownerUsername(), clock.instant())))
        .flatMap(this::save);
  }

  /** Sets (or replaces) the producer's logo: a JPEG, PNG or WebP picture of at most 2 MB. */
  public Mono<Producer> uploadLogo(String id, FilePart logo) {
    return mine(id)
        .flatMap(producer -> files.store(logo, Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP), MAX_LOGO_SIZE, LOGO_PURPOSE)
            .map(fileId -> producer.withLogo(fileId, producer.ownerUsername(), clock.instant())))
        .flatMap(this::save);
  }

  /** The licence scan, for its owner or a reviewer covering the producer. */
  public Mono<StoredFile> licence(String id) {
    return currentAccount.get()
        .flatMap(caller -> producers.findById(id).filter(p -> maySee(caller, p)))
        .filter(p -> p.licenceFileId() != null)
        .flatMap(p -> files.load(p.licenceFileId()))
        .switchIfEmpty(Mono.error(() -> new ProducerNotFound(id)));
  }

  private static boolean maySee(Account caller, Producer producer) {
    if (caller.username().equals(producer.ownerUsername())) {
      return true;
    }
    return ReviewerScope.applies(caller) && ReviewerScope.of(caller).covers(producer.region());
  }

  private Mono<Account> producerAccount() {
    return currentAccount.get().flatMap(account -> account.has(Role.PRODUCER)
        ? Mono.just(account)
        : Mono.error(new AccessDeniedException("Only PRODUCER accounts manage producers")));
  }

  /** Checks what annotations cannot: the credit code's check character and that the regions exist and nest. */
  private Mono<ProducerProfile> checked(ProducerProfile profile) {
    if (!UnifiedSocialCreditCode.isValid(profile.creditCode())) {
      return Mono.error(new InvalidProducerProfile("creditCode", "The unified social credit code " + profile.creditCode() + " fails its GB 32100 check character."));
    }
    Mono<Region> prefecture = regions.findById(profile.prefectureCode())
        .switchIfEmpty(Mono.error(() -> new InvalidProducerProfile("prefectureCode", "No Anhui prefecture has the code " + profile.prefectureCode() + ".")));
    if (profile.countyCode() == null) {
      return prefecture.thenReturn(profile);
    }
    return prefecture.then(regions.findById(profile.countyCode()))
        .filter(county -> profile.prefectureCode().equals(county.parentCode()))
        .switchIfEmpty(Mono.error(() -> new InvalidProducerProfile("countyCode", "The county " + profile.countyCode() + " is not a county of prefecture " + profile.prefectureCode() + ".")))
        .thenReturn(profile);
  }

  private Mono<Producer> save(Producer producer) {
    return producers.save(producer).onErrorMap(DuplicateKeyException.class, e -> new CreditCodeTaken(producer.creditCode()));
  }
}
