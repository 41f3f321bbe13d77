package cn.wanhuo.hub.marketplace.catalog;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** Product imports and their progress. */
public interface ImportJobs extends ReactiveMongoRepository<ImportJob, String> {}
