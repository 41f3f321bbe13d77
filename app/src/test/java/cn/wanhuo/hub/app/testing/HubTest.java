package cn.wanhuo.hub.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole hub on a random port against the real test services (in-memory embedded MongoDB, the Elasticsearch
 * and Redis that {@code ./hub test} started). Classes using only this share one application context.
 *
 * <p>A request may take up to 30 s instead of the default 5: on two busy cores (Elasticsearch, Redis, the hub's own
 * sync workers and another build) a plain request has been seen to wait longer than 5 s, failing a test that had
 * nothing wrong. Tests that assert how fast something happens do it with their own bounds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("test")
public @interface HubTest {}
