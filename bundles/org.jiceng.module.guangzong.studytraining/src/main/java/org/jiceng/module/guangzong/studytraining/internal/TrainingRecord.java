package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A member's study and training record: exam scores, site training and no-post training batches. */
public class TrainingRecord {
    public long memberId;
    public String memberName;
    public String jurisdictionCode;
    public String townCode;
    /** Holds a post today (有职); no-post training is for members without one. */
    public boolean hasPost;
    public List<Sitting> exams = new ArrayList<>();
    public SelectionView siteTraining;
    public List<Batch> batches = new ArrayList<>();

    /** An exam the member sat. */
    public static class Sitting {
        public long examId;
        public String title;
        public LocalDate heldOn;
        public int score;
        public int fullMark;
        public boolean passed;
        public int rank;
        public int takers;
    }

    /** A no-post training batch the member was enrolled in. */
    public static class Batch {
        public long batchId;
        public int year;
        public String title;
        public String townCode;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public int hours;
        public Boolean attended;
    }
}
