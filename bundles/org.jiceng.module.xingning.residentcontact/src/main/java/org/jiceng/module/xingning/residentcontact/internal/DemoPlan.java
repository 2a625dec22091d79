package org.jiceng.module.xingning.residentcontact.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * How the demo spreads the seed's city-wide figures over the villages, so that they add up exactly:
 * 9,943 problems collected of which 9,651 resolved (97.06 %), and 18,494 of 20,000 registered
 * households visited (92.47 %; the seed gives the rate only, the register is chosen small enough to
 * load in seconds). Village sizes are drawn from the seed per village code; each total is split in
 * proportion by largest remainders, and a village never visits more households than it registers.
 */
final class DemoPlan {
    static final int PROBLEMS = 9_943;
    static final int RESOLVED = 9_651;
    static final int HOUSEHOLDS = 20_000;
    static final int VISITED = 18_494;

    /** One village's share of the totals. */
    record Share(String villageCode, int households, int visited, int problems, int resolved) {
    }

    private DemoPlan() {
    }

    static List<Share> plan(List<String> villages, long seed) {
        int n = villages.size();
        double[] size = new double[n];
        double[] keen = new double[n];
        for (int i = 0; i < n; i++) {
            Random r = new Random(seed ^ villages.get(i).hashCode());
            size[i] = 60 + r.nextInt(140);
            // how thoroughly the village's cadres went round: 88 % … 99 % of the size
            keen[i] = size[i] * (0.88 + 0.11 * r.nextDouble());
        }
        int[] households = split(HOUSEHOLDS, size);
        int[] visited = cap(split(VISITED, keen), households);
        int[] problems = split(PROBLEMS, toDoubles(households));
        int[] open = cap(split(PROBLEMS - RESOLVED, toDoubles(problems)), problems);
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Share(villages.get(i), households[i], visited[i], problems[i], problems[i] - open[i]));
        }
        return out;
    }

    /** {@code total} split in proportion to the weights, by largest remainders (ties to the earlier index): the parts add up to it exactly. */
    static int[] split(int total, double[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum == 0 ? (double) total / n : total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparing(i -> i));
        for (int k = 0; k < total - given; k++) {
            out[order.get(k % n)]++;
        }
        return out;
    }

    /** Moves what exceeds each part's limit to the next parts with room, keeping the total. */
    static int[] cap(int[] parts, int[] limits) {
        int[] out = parts.clone();
        int excess = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] > limits[i]) {
                excess += out[i] - limits[i];
                out[i] = limits[i];
            }
        }
        for (int i = 0; excess > 0 && i < out.length * 2; i++) {
            int j = i % out.length;
            int room = limits[j] - out[j];
            int moved = Math.min(room, excess);
            out[j] += moved;
            excess -= moved;
        }
        if (excess > 0) {
            throw new IllegalArgumentException("the parts exceed the limits by " + excess);
        }
        return out;
    }

    private static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
