package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPaceTest {
    private static final long MB = 1L << 20;
    private static final int WINDOW = 10;

    @Test
    void aWindowThatGainedNothingPutsTheStepsToRestUntilTheFileGrows() {
        CompactionPace pace = new CompactionPace(WINDOW);
        runWindow(pace, 280 * MB, 48);
        assertTrue(pace.resting(), "the file stayed at 280 MB and the chunks at 48 % live for a whole window");
        assertFalse(pace.shouldWork(280 * MB, 0), "nothing has changed");
        assertFalse(pace.shouldWork(284 * MB, 0), "grown by 4 MB, less than a sixty-fourth of 280 MB (4.375 MB)");
        assertTrue(pace.shouldWork(285 * MB, 0), "grown by 5 MB: worth a look again");
        assertFalse(pace.resting());
    }

    @Test
    void aSmallFileWakesTheStepsAfterFourMegabytes() {
        CompactionPace pace = new CompactionPace(WINDOW);
        runWindow(pace, 20 * MB, 60);
        assertTrue(pace.resting());
        assertFalse(pace.shouldWork(23 * MB, 0));
        assertTrue(pace.shouldWork(24 * MB, 0));
    }

    @Test
    void stepsGoOnWhileAWindowTakesTheMeanFileToANewLowOrTheMeanChunksToANewHigh() {
        CompactionPace shrinking = new CompactionPace(WINDOW);
        pace(shrinking, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(shrinking, (300 - 4 * i) * MB, 50);
        }
        assertFalse(shrinking.resting(), "the file shrank from 300 to 264 MB, 282 MB on average: over 1 % under 300 MB");

        CompactionPace filling = new CompactionPace(WINDOW);
        pace(filling, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(filling, 300 * MB, 50 + i / 2);
        }
        assertFalse(filling.resting(), "the chunks went from 50 to 54 % live, 52 % on average: two points fuller");

        CompactionPace barely = new CompactionPace(WINDOW);
        pace(barely, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(barely, 300 * MB, 50 + i / 4);
        }
        assertTrue(barely.resting(), "50 to 52 % live, under 51 % on average");
    }

    @Test
    void aWindowAfterAShrinkIsJudgedAgainstTheShrinkingWindowsMean() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 336 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (336 - 2 * i) * MB, 50);
        }
        assertFalse(pace.resting(), "327 MB on average");
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, 318 * MB, 50);
        }
        assertFalse(pace.resting(), "318 MB all along: over 1 % under 327 MB");
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, 318 * MB, 50);
        }
        assertTrue(pace.resting(), "then nothing more");
    }

    @Test
    void aQuietWindowInWhichTheFileOnlyGrewRestsTheStepsUntilItGrowsFurther() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (300 + i) * MB, 50);
        }
        assertFalse(pace.resting(), "the file grew a little, the steps took it to no new low: they go on while it stands over"
                + " its lowest (300 MB) by more than a sixty-fourth");
        assertTrue(pace.settling());
        for (int i = 0; i < WINDOW - 1; i++) {
            pace(pace, 309 * MB, 50);
        }
        assertFalse(pace.resting(), "not down to 304.7 MB yet");
        pace(pace, 309 * MB, 50);
        assertTrue(pace.resting(), "a window at most");
        assertFalse(pace.shouldWork(313 * MB, 0));
        assertTrue(pace.shouldWork(314 * MB, 0), "309 MB and a sixty-fourth more");
    }

    @Test
    void aBurstOfCommitsIsNotJudgedAndTheQuietAfterItIsJudgedFromWhereItLeftTheFile() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (300 + 4 * i) * MB, 50, i % 5 != 0); // 2 busy steps of 10: a fifth
        }
        assertFalse(pace.resting(), "clients committed much: the steps go on");
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (336 - 2 * i) * MB, 50);
        }
        assertFalse(pace.resting(), "336 MB at the burst's end, then 327 MB on average: a new low from there, though above 300 MB");
        for (int i = 0; i < 2 * WINDOW; i++) {
            pace(pace, 318 * MB, 50);
        }
        assertTrue(pace.resting(), "then nothing more");
    }

    @Test
    void aBurstInAFewStepsOfAWindowIsNotJudgedEither() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 313 * MB, 60);
        pace(pace, 341 * MB, 55, 1_500L); // one busy step of ten: under a tenth's share, but 1,500 commits
        for (int i = 1; i < WINDOW; i++) {
            pace(pace, 341 * MB, 55);
        }
        assertFalse(pace.resting(), "the window that held the burst is not judged at its peak");
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, 341 * MB, 55);
        }
        assertTrue(pace.resting(), "a quiet window after it that gained nothing is");
    }

    @Test
    void commitsThatFillHolesInsideTheFileWakeTheStepsThoughItDoesNotGrow() {
        CompactionPace pace = new CompactionPace(WINDOW);
        runWindow(pace, 341 * MB, 55);
        assertTrue(pace.resting());
        for (int i = 0; i < 99; i++) {
            assertFalse(pace.shouldWork(341 * MB, 5), "495 commits so far");
        }
        assertTrue(pace.shouldWork(341 * MB, 5), "500 commits since the rest began");
        assertFalse(pace.resting());
    }

    @Test
    void aFileTheStepsMakeSwingRestsThemThoughItsDipsReachNewLows() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 288 * MB, 48);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (i == 5 ? 266 : 288) * MB, 48 + (i == 5 ? 3 : 0));
        }
        assertFalse(pace.resting(), "a dip to 266 MB and the chunks at 51 % for a step: 285.8 MB and 48.3 % on average, no gain;"
                + " but the steps rest at a dip, not at 288 MB");
        pace(pace, 280 * MB, 48);
        assertFalse(pace.resting(), "280 MB: over 266 MB and a sixty-fourth (270.2 MB)");
        pace(pace, 270 * MB, 48);
        assertTrue(pace.resting());
        assertTrue(pace.shouldWork(275 * MB, 0), "resting at 270 MB: 275 MB is worth a look");
    }

    @Test
    void stepsThatEmptiedChunksDuringAWindowRestOnlyOnceTheRetentionTimeLetTheFileShrink() {
        // what CI saw: the steps' rewrites took the file from 300 to 340 MB, the window ended before H2 freed the
        // chunks they had emptied, and a rest at 340 MB outlasted the test's seven minutes
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 316 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, (300 + 4 * i) * MB, 45);
        }
        assertTrue(pace.settling(), "no gain on average, the file at 336 MB against 300 MB at the window's lowest");
        pace(pace, 340 * MB, 45);
        pace(pace, 322 * MB, 45);
        assertFalse(pace.resting(), "the moves begin");
        pace(pace, 303 * MB, 47);
        assertTrue(pace.resting(), "back under 300 MB and a sixty-fourth: the rest begins here");
        assertFalse(pace.shouldWork(307 * MB, 0));
        assertTrue(pace.shouldWork(308 * MB, 0), "303 MB and a sixty-fourth more");
    }

    @Test
    void aFileThatMovesByAFewBlocksHasNotGrown() {
        CompactionPace pace = new CompactionPace(WINDOW);
        pace(pace, 280 * MB, 48);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, 280 * MB + (i % 2 == 0 ? 3 : -2) * MB, 48);
        }
        assertTrue(pace.resting(), "280 MB, then 3 MB more and 2 MB less by turns: neither grown nor shrunk by 1 %");
    }

    @Test
    void aWindowIsJudgedOnlyWhenItsStepsAreDone() {
        CompactionPace pace = new CompactionPace(WINDOW);
        for (int i = 0; i < WINDOW; i++) {
            pace(pace, 280 * MB, 48);
        }
        assertFalse(pace.resting(), "the first step opens the window: one step of it is still to come");
        pace(pace, 280 * MB, 48);
        assertTrue(pace.resting());
    }

    private static void runWindow(CompactionPace pace, long fileBytes, int chunksFill) {
        for (int i = 0; i <= WINDOW; i++) {
            pace(pace, fileBytes, chunksFill);
        }
    }

    private static void pace(CompactionPace pace, long fileBytes, int chunksFill) {
        pace(pace, fileBytes, chunksFill, true);
    }

    private static void pace(CompactionPace pace, long fileBytes, int chunksFill, boolean quiet) {
        pace(pace, fileBytes, chunksFill, quiet ? 2 : 50);
    }

    private static void pace(CompactionPace pace, long fileBytes, int chunksFill, long commits) {
        assertTrue(pace.shouldWork(fileBytes, commits));
        pace.worked(fileBytes, chunksFill, commits <= 10, commits);
    }
}
