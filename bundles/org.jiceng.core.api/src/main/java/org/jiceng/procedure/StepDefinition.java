package org.jiceng.procedure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One step of a procedure definition.
 *
 * @param key stable key, lower-case letters, digits and dashes (e.g. {@code feedback})
 * @param name display name (e.g. 反馈意见)
 * @param record what must be filed to complete it (e.g. 督导方案); the completion always needs a non-blank record text
 * @param requiredAttachments attachment names that must accompany the record (may be empty)
 * @param role the role that may complete it (e.g. {@code supervision-office}); null lets any role complete it
 * @param deadlineDays days allowed from the previous step's completion (or the start); null for no deadline
 */
public record StepDefinition(String key, String name, @Nullable String record, @Nullable List<String> requiredAttachments, @Nullable String role,
        @Nullable Integer deadlineDays) {
}
