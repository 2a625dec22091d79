package org.jiceng.core.apidocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaNamesTest {
    /** Two request bodies of the same simple name, as the checklists' and the procedures' resources had. */
    static class ChecklistResource {
        record Start(String subjectId) {
        }
    }

    static class ProcedureResource {
        record Start(String definitionKey) {
        }
    }

    @Test
    void nestedTypesAreNamedWithTheirEnclosingClasses() {
        SchemaNames names = new SchemaNames();
        assertEquals("SchemaNamesTestChecklistResourceStart", names.getNameOfClass(ChecklistResource.Start.class));
        assertEquals("SchemaNamesTestProcedureResourceStart", names.getNameOfClass(ProcedureResource.Start.class));
    }

    @Test
    void theSecondTopLevelTypeOfANameIsNamedWithItsPackage() {
        SchemaNames names = new SchemaNames();
        assertEquals("Evaluation", names.getNameOfClass(org.jiceng.checklist.Evaluation.class));
        assertEquals("DutyEvaluation", names.getNameOfClass(org.jiceng.duty.Evaluation.class));
        // and each keeps its name on every later read
        assertEquals("Evaluation", names.getNameOfClass(org.jiceng.checklist.Evaluation.class));
        assertEquals("DutyEvaluation", names.getNameOfClass(org.jiceng.duty.Evaluation.class));
    }

    @Test
    void moduleIdsBecomePascalCase() {
        assertEquals("XingningTownCongress", SchemaNames.pascal("xingning-town-congress"));
        assertEquals("Duty", SchemaNames.pascal("duty"));
    }
}
