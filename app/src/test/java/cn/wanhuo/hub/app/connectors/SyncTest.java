package cn.wanhuo.hub.app.connectors;

import cn.wanhuo.hub.app.testing.HubTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** The hub with the platforms replaced by {@link FakePlatforms}; classes using it share one application context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HubTest
@Import(FakePlatforms.Beans.class)
public @interface SyncTest {}
