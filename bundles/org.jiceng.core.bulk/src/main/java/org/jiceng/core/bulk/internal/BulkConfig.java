package org.jiceng.core.bulk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code org.jiceng.bulk} ({@code etc/org.jiceng.bulk.cfg}): how much heavy work runs at once, and how big an import may be. */
@ObjectClassDefinition(name = "Jiceng bulk import and export", description = "How many imports and exports run at once; more are refused with 429")
@interface BulkConfig {
    String PID = "org.jiceng.bulk";

    @AttributeDefinition(name = "Imports running at once", description = "Imports (dry runs too) checked and written at the same time", min = "1")
    int maxRunningImports() default 1;

    @AttributeDefinition(name = "Imports waiting", description = "Uploaded imports waiting for a free place, their files spooled to disk; "
            + "an upload beyond running + waiting is refused with 429", min = "0")
    int maxWaitingImports() default 4;

    @AttributeDefinition(name = "Exports at once", description = "XLSX exports (GET /exports/...) written at the same time; more are refused with 429", min = "1")
    int maxRunningExports() default 2;

    @AttributeDefinition(name = "Largest import file (bytes)", description = "An import file past this size is refused (400, field file) "
            + "while it uploads; the HTTP layer's uploadMaxBodyBytes (etc/org.jiceng.http.cfg) must allow it too. The file is spooled to "
            + "disk and read row by row, so the heap does not grow with it", min = "1048576")
    long maxImportFileBytes() default 64L * 1024 * 1024;

    @AttributeDefinition(name = "Retry-After (seconds)", description = "What a refused client is told to wait", min = "1")
    int retryAfterSeconds() default 30;
}
