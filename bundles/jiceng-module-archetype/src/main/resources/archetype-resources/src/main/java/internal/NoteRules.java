package ${package}.internal;

import org.jiceng.common.Validator;

/**
 * The module's rules, free of persistence so a unit test can check them alone. Put each rule of
 * the county's system here, where it can be read and tested, not in the resource or the store.
 */
final class NoteRules {
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 2000;

    private NoteRules() {
    }

    /** Checks a new note; every offending field is reported at once (a 400 problem naming them). */
    static void checkNew(String title, String body) {
        new Validator().require("title", title).maxLength("title", title, TITLE_MAX).maxLength("body", body, BODY_MAX)
                .throwIfInvalid();
    }
}
