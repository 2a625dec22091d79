package org.jiceng.core.apidocs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ContractReaderTest {
    @Path("members")
    static class MemberResource {
        @GET
        public String get() {
            return "";
        }

        @GET
        public String exportMembers() {
            return "";
        }

        @GET
        public String pipeline() {
            return "";
        }
    }

    @Path("jurisdictions/{code}/wugang-first-secretaries/figures")
    static class FiguresResource {
        @GET
        public String figures() {
            return "";
        }

        @GET
        public String find() {
            return "";
        }
    }

    @Test
    void coreIdsAreVerbAndResourceOrTheMethodThatNamesIt() throws Exception {
        assertEquals("getMember", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("get")));
        assertEquals("exportMembers", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("exportMembers")));
        assertEquals("pipelineMember", ContractReader.operationId(MemberResource.class, MemberResource.class.getMethod("pipeline")));
        assertNull(ContractReader.moduleId(MemberResource.class));
    }

    @Test
    void moduleIdsArePrefixedWithTheModule() throws Exception {
        assertEquals("wugang-first-secretaries", ContractReader.moduleId(FiguresResource.class));
        assertEquals("wugangFirstSecretariesFigures", ContractReader.operationId(FiguresResource.class, FiguresResource.class.getMethod("figures")));
        assertEquals("wugangFirstSecretariesFindFigures", ContractReader.operationId(FiguresResource.class, FiguresResource.class.getMethod("find")));
    }

    @Test
    void aSummaryInWordsComesFromTheIdWithoutTheModule() {
        assertEquals("Figures", ContractReader.words("Figures"));
        assertEquals("Find figures", ContractReader.words("FindFigures"));
        assertEquals("Record result of the round2 vote", ContractReader.words("recordResultOfTheRound2Vote"));
        assertEquals("", ContractReader.words(""));
    }
}
