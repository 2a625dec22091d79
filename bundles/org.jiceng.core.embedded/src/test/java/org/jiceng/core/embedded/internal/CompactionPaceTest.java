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
        assertFalse(pace.shouldWork(280 * MB), "nothing has changed");
        assertFalse(pace.shouldWork(284 * MB), "grown by 4 MB, less than a sixty-fourth of 280 MB (4.375 MB)");
        assertTrue(pace.shouldWork(285 * MB), "grown by 5 MB: worth a look again");
        assertFalse(pace.resting());
    }

    @Test
    void aSmallFileWakesTheStepsAfterFourMegabytes() {
        CompactionPace pace = new CompactionPace(WINDOW);
        runWindow(pace, 20 * MB, 60);
        assertTrue(pace.resting());
        assertFalse(pace.shouldWork(23 * MB));
        assertTrue(pace.shouldWork(24 * MB));
    }

    @Test
    void stepsGoOnWhileAWindowShrinksTheFileOrFillsTheChunksOrTheFileGrows() {
        CompactionPace shrinking = new CompactionPace(WINDOW);
        pace(shrinking, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(shrinking, (300 - 4 * i) * MB, 50);
        }
        assertFalse(shrinking.resting(), "the file shrank by over 1 %");

        CompactionPace filling = new CompactionPace(WINDOW);
        pace(filling, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(filling, 300 * MB, 50 + i / 4);
        }
        assertFalse(filling.resting(), "the chunks got two points fuller");

        CompactionPace growing = new CompactionPace(WINDOW);
        pace(growing, 300 * MB, 50);
        for (int i = 0; i < WINDOW; i++) {
            pace(growing, (300 + i) * MB, 50);
        }
        assertFalse(growing.resting(), "commits came: the next window may gain");
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
        assertTrue(pace.shouldWork(fileBytes));
        pace.worked(fileBytes, chunksFill);
    }
}
