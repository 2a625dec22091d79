-- What a grade entails (顺义: 优 → promotion and rotation first; 差 → reassignment ...), shown with results.
ALTER TABLE scoring_grade ADD COLUMN consequence VARCHAR(500);
