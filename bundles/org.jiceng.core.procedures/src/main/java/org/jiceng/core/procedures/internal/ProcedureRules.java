package org.jiceng.core.procedures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiceng.common.ConflictException;
import org.jiceng.common.RuleViolationException;
import org.jiceng.common.ValidationException;
import org.jiceng.common.Validator;
import org.jiceng.procedure.ProcedureDefinition;
import org.jiceng.procedure.ProcedureService;
import org.jiceng.procedure.ProcedureStatus;
import org.jiceng.procedure.StepCompletion;
import org.jiceng.procedure.StepDefinition;

/** The rules of step procedures, free of persistence so they can be tested alone. */
final class ProcedureRules {
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_STEPS = 50;

    private ProcedureRules() {
    }

    /** Trims the definition, turns absent attachment lists into empty ones, and checks it (400 naming each bad field). */
    static ProcedureDefinition normalize(ProcedureDefinition d) {
        Validator v = new Validator().require("key", d.key()).require("name", d.name()).maxLength("name", d.name(), 200)
                .maxLength("moduleId", d.moduleId(), 64).require("steps", d.steps());
        v.check(d.key() == null || KEY.matcher(d.key().trim()).matches(), "key", "must be lower-case letters, digits and dashes (at most 64)");
        List<StepDefinition> steps = new ArrayList<>();
        if (d.steps() != null) {
            v.check(!d.steps().isEmpty() && d.steps().size() <= MAX_STEPS, "steps", "must list 1 to " + MAX_STEPS + " steps");
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < d.steps().size(); i++) {
                StepDefinition s = d.steps().get(i);
                String f = "steps[" + i + "].";
                if (s == null) {
                    v.check(false, "steps[" + i + "]", "is required");
                    continue;
                }
                v.require(f + "key", s.key()).require(f + "name", s.name()).maxLength(f + "name", s.name(), 200)
                        .maxLength(f + "record", s.record(), 500).maxLength(f + "role", s.role(), 64);
                v.check(s.key() == null || KEY.matcher(s.key().trim()).matches(), f + "key", "must be lower-case letters, digits and dashes");
                v.check(s.key() == null || keys.add(s.key().trim()), f + "key", "is used by an earlier step");
                v.check(s.deadlineDays() == null || (s.deadlineDays() >= 1 && s.deadlineDays() <= 3650), f + "deadlineDays",
                        "must be between 1 and 3650");
                List<String> attachments = new ArrayList<>();
                if (s.requiredAttachments() != null) {
                    for (String a : s.requiredAttachments()) {
                        v.check(a != null && !a.isBlank() && a.length() <= 100 && !a.contains("\n"), f + "requiredAttachments",
                                "names must be non-blank single lines of at most 100 characters");
                        if (a != null && !a.isBlank()) {
                            attachments.add(a.trim());
                        }
                    }
                }
                steps.add(new StepDefinition(trim(s.key()), trim(s.name()), blankToNull(s.record()), List.copyOf(attachments),
                        blankToNull(s.role()), s.deadlineDays()));
            }
        }
        v.throwIfInvalid();
        return new ProcedureDefinition(null, d.key().trim(), null, d.name().trim(), blankToNull(d.moduleId()), steps, null);
    }

    /** Whether a normalized definition says the same as a stored version (then no new version is made). */
    static boolean sameContent(ProcedureDefinition normalized, ProcedureDefinition stored) {
        return normalized.name().equals(stored.name()) && Objects.equals(normalized.moduleId(), stored.moduleId())
                && normalized.steps().equals(stored.steps());
    }

    /**
     * Checks the completion of {@code stepKey} on an instance whose next step is {@code current}.
     *
     * @param previousDate the day the previous step was completed, or the start day
     * @return the index of the step completed
     */
    static int checkCompletion(long instanceId, ProcedureStatus status, List<StepDefinition> steps, int current, String stepKey,
            StepCompletion c, LocalDate previousDate, LocalDate today) {
        new Validator().require("completedBy", c.completedBy()).maxLength("completedBy", c.completedBy(), 100)
                .maxLength("completedByRole", c.completedByRole(), 64).maxLength("record", c.record(), 4000)
                .check(c.completedOn() == null || !c.completedOn().isAfter(today), "completedOn", "must not be in the future")
                .check(c.attachments() == null || c.attachments().stream().allMatch(a -> a != null && !a.isBlank() && a.length() <= 100
                        && !a.contains("\n")), "attachments", "names must be non-blank single lines of at most 100 characters")
                .throwIfInvalid();
        int index = indexOf(steps, stepKey);
        if (index < 0) {
            throw new ValidationException("stepKey", "the procedure has no step '" + stepKey + "'");
        }
        requireRunning(instanceId, status);
        if (index != current) {
            throw new RuleViolationException(ProcedureService.RULE_STEP_ORDER, "Step '" + stepKey + "' is step " + (index + 1)
                    + "; the step to complete now is step " + (current + 1) + " '" + steps.get(current).key() + "'");
        }
        StepDefinition step = steps.get(index);
        if (step.role() != null && !step.role().equals(trim(c.completedByRole()))) {
            throw new RuleViolationException(ProcedureService.RULE_STEP_ROLE, "Step '" + step.key() + "' is completed by role '" + step.role()
                    + "', not '" + c.completedByRole() + "'");
        }
        if (c.record() == null || c.record().isBlank()) {
            throw new RuleViolationException(ProcedureService.RULE_STEP_RECORD, "Step '" + step.key() + "' needs its record"
                    + (step.record() == null ? "" : " (" + step.record() + ")"));
        }
        List<String> missing = new ArrayList<>(step.requiredAttachments());
        if (c.attachments() != null) {
            c.attachments().forEach(a -> missing.remove(a.trim()));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(ProcedureService.RULE_STEP_RECORD, "Step '" + step.key() + "' needs the attachments " + missing);
        }
        LocalDate on = c.completedOn() == null ? today : c.completedOn();
        if (on.isBefore(previousDate)) {
            throw new ValidationException("completedOn", "must not be before the previous step (" + previousDate + ")");
        }
        return index;
    }

    /** Completed and closed instances are read-only. */
    static void requireRunning(long instanceId, ProcedureStatus status) {
        if (status != ProcedureStatus.RUNNING) {
            throw new ConflictException("Procedure instance " + instanceId + " is " + status + " and can no longer change");
        }
    }

    /** The due date of a step with a deadline, counted from the previous step's completion (or the start). */
    static LocalDate due(LocalDate from, Integer deadlineDays) {
        return deadlineDays == null ? null : from.plusDays(deadlineDays);
    }

    /** A step is overdue the day after its due date while it is not completed. */
    static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    static int indexOf(List<StepDefinition> steps, String key) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key == null ? null : key.trim())) {
                return i;
            }
        }
        return -1;
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String joinLines(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join("\n", names.stream().map(String::trim).toList());
    }

    static List<String> splitLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
