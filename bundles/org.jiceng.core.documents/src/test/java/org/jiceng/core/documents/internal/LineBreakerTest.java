package org.jiceng.core.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character one unit wide, so widths read as character counts. */
    private final LineBreaker breaker = new LineBreaker(text -> text.codePointCount(0, text.length()));

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertEquals(List.of("中共兴宁", "市委组织", "部"), breaker.lines("中共兴宁市委组织部", 4));
    }

    @Test
    void latinBreaksBetweenWordsAndDropsTheSpaceAtTheBreak() {
        assertEquals(List.of("branch committee", "election"), breaker.lines("branch committee election", 17));
    }

    @Test
    void aWordLongerThanTheLineBreaksBetweenCharacters() {
        assertEquals(List.of("abcd", "efgh", "ij"), breaker.lines("abcdefghij", 4));
    }

    @Test
    void mixedTextKeepsLatinWordsWhole() {
        assertEquals(List.of("召开", "Jiceng", "会议"), breaker.lines("召开Jiceng会议", 6));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        assertEquals(List.of("一二三，", "四五"), breaker.lines("一二三，四五", 3));
    }

    @Test
    void openingBracketStaysWithTheCharacterItOpens() {
        assertEquals(List.of("一二", "《三"), breaker.lines("一二《三", 3));
    }

    @Test
    void explicitLineBreaksAndBlankLinesAreKept() {
        assertEquals(List.of("甲", "", "乙"), breaker.lines("甲\n\n乙", 10));
    }

    @Test
    void leadingIndentOfAParagraphIsKept() {
        assertEquals(List.of("　　兴宁", "市"), breaker.lines("　　兴宁市", 4));
    }

    @Test
    void widestUnbreakableIsTheLongestWordOrOneCharacter() {
        assertEquals(7f, breaker.widestUnbreakable("党员 members 名单"));
        assertEquals(1f, breaker.widestUnbreakable("党员名单"));
    }
}
