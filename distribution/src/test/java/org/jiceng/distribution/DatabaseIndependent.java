package org.jiceng.distribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose outcome does not depend on the database under the server: it checks the HTTP
 * dispatch, the published contracts or the console in a browser, and every record it touches goes
 * through services that other classes test on each database. CI runs it once, on the embedded H2 of
 * the README's test command, and leaves it out of the second run against PostgreSQL
 * ({@code -DexcludedGroups=database-independent} in {@code .ci/run}), which would only repeat it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
@interface DatabaseIndependent {
    String TAG = "database-independent";
}
