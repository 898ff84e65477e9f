package org.thinkfamily.hub.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scaling trend as a small line chart drawn on the server (no script): each participant's scores, 0 to 10,
 * against the date they were given. The page draws it as inline SVG with this geometry; {@code description} is
 * its text alternative and the page lists the same scores in a table.
 */
record ScalingChart(List<Series> series, List<Tick> scoreTicks, List<Tick> dateTicks, String description) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    /** Series are told apart by colour and by the shape of their marks, so colour is never the only cue. */
    static final int STYLES = 6;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    record Point(double x, double y, int score) {

        /** The corners of a diamond mark around the point. */
        public String diamond() {
            return fmt(x) + "," + fmt(y - 6) + " " + fmt(x + 6) + "," + fmt(y) + " " + fmt(x) + "," + fmt(y + 6) + " "
                    + fmt(x - 6) + "," + fmt(y);
        }
    }

    /** @param style 1 to {@link #STYLES}: the colour and mark shape of the series ({@code app-scaling-series-N}) */
    record Series(String participant, int style, String points, List<Point> marks) {

        /** Circles, squares and diamonds in turn. */
        public String shape() {
            return switch ((style - 1) % 3) {
                case 0 -> "circle";
                case 1 -> "square";
                default -> "diamond";
            };
        }
    }

    record Tick(double at, String label) {}

    /** The chart of these scores, participants in the order they first scored; null when there are none. */
    static ScalingChart of(List<AssessmentView.Score> scores, ZoneId zone) {
        if (scores.isEmpty()) {
            return null;
        }
        Instant first = scores.stream()
                .map(AssessmentView.Score::at)
                .min(Instant::compareTo)
                .orElseThrow();
        Instant last = scores.stream()
                .map(AssessmentView.Score::at)
                .max(Instant::compareTo)
                .orElseThrow();
        Map<String, List<AssessmentView.Score>> byParticipant = new LinkedHashMap<>();
        scores.stream()
                .sorted(java.util.Comparator.comparing(AssessmentView.Score::at))
                .forEach(s -> byParticipant
                        .computeIfAbsent(s.participant(), k -> new ArrayList<>())
                        .add(s));
        List<Series> series = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<AssessmentView.Score>> participant : byParticipant.entrySet()) {
            List<Point> marks = participant.getValue().stream()
                    .map(s -> new Point(x(s.at(), first, last), y(s.score()), s.score()))
                    .toList();
            String points =
                    marks.stream().map(p -> fmt(p.x()) + "," + fmt(p.y())).collect(Collectors.joining(" "));
            series.add(new Series(participant.getKey(), index % STYLES + 1, points, marks));
            index++;
        }
        List<Tick> scoreTicks = new ArrayList<>();
        for (int score = 0; score <= 10; score += 2) {
            scoreTicks.add(new Tick(y(score), Integer.toString(score)));
        }
        List<Tick> dateTicks = first.equals(last)
                ? List.of(new Tick(x(first, first, last), DAY.format(first.atZone(zone))))
                : List.of(
                        new Tick(x(first, first, last), DAY.format(first.atZone(zone))),
                        new Tick(x(last, first, last), DAY.format(last.atZone(zone))));
        String description = "Scaling scores from 0 (the children cannot stay at home) to 10 (safe enough to close). "
                + byParticipant.entrySet().stream()
                        .map(e -> e.getKey() + ": "
                                + e.getValue().stream()
                                        .map(s -> s.score() + " on " + LONG_DAY.format(s.at().atZone(zone)))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining(". "))
                + ".";
        return new ScalingChart(series, scoreTicks, dateTicks, description);
    }

    /** The plotting area's edges, for the axes. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** A single day's scores sit in the middle; otherwise the first score is at the left edge and the last at the right. */
    static double x(Instant at, Instant first, Instant last) {
        double span = WIDTH - LEFT - RIGHT;
        if (first.equals(last)) {
            return LEFT + span / 2;
        }
        return LEFT + span * (at.toEpochMilli() - first.toEpochMilli()) / (last.toEpochMilli() - first.toEpochMilli());
    }

    static double y(int score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (10 - score) / 10.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
