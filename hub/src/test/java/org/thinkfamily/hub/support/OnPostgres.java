package org.thinkfamily.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;

/**
 * A {@link RunningHub} on PostgreSQL: the production profile with the demo accounts added, a database of the
 * run's own, skipped (or failed, where CI requires it) without a server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresPostgres
@ActiveProfiles({"postgres", "demo"})
public @interface OnPostgres {}
