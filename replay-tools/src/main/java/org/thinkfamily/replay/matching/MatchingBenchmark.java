package org.thinkfamily.replay.matching;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.hub.identity.matching.BlockingKeys;
import org.thinkfamily.hub.identity.matching.MatchDecision;
import org.thinkfamily.hub.identity.matching.PersonMatcher;

/**
 * One run of the matching benchmark: a synthetic population indexed in memory with the hub's blocking,
 * synthetic agency records matched against it by the hub's own matcher on a fixed thread pool, every
 * verdict judged against the truth. Only the matching phase is timed.
 */
final class MatchingBenchmark {

    static final double PRECISION_TARGET = 0.995;
    static final double RECALL_TARGET = 0.95;
    static final double RATE_TARGET = 5000;
    static final double[] SWEEP_LINKS = {16, 17, 18, 19, 19.5, 20, 21, 22};
    static final double[] SWEEP_REVIEWS = {8, 10, 12};

    record Settings(int people, int records, long seed, int threads, double link, double review) {}

    record Machine(int cores, long maxHeapMiB, String java, String vm, String date) {}

    record PopulationFacts(
            int people,
            int households,
            double childrenShare,
            double commonestSurnameShare,
            double nhsNumberKnownShare,
            double anyIdentifierKnownShare) {}

    record Timing(
            double populationSeconds,
            double recordsSeconds,
            double indexSeconds,
            long heapAfterPopulationMiB,
            long heapAfterIndexMiB,
            double matchingSeconds,
            double matchesPerSecond,
            double p50Millis,
            double p99Millis,
            double maxMillis,
            double meanCandidates,
            double cappedShare,
            long noCandidates) {}

    record Result(
            Machine machine,
            Settings settings,
            PopulationFacts population,
            Timing timing,
            Scorecard.Accuracy accuracy,
            List<Scorecard.DistortionRow> byDistortion,
            List<Scorecard.NewPeopleRow> newPeople,
            java.util.Map<String, Long> missedBecause,
            java.util.Map<String, Long> wronglyLinkedBecause,
            java.util.Map<String, Long> wrongLinksTo,
            List<Scorecard.Combination> errorCombinations,
            Scorecard.Twins twins,
            List<Scorecard.Sweep> sweep,
            boolean targetsMet) {}

    private MatchingBenchmark() {}

    static Result run(Settings settings, boolean showProgress) throws Exception {
        long begin = System.nanoTime();
        SyntheticPopulation population = SyntheticPopulation.generate(settings.people(), settings.seed());
        double populationSeconds = seconds(begin);
        begin = System.nanoTime();
        List<AgencyRecord> records = SyntheticRecords.generate(population, settings.records(), settings.seed());
        double recordsSeconds = seconds(begin);
        long heapAfterPopulation = heapAfterGc();

        begin = System.nanoTime();
        PersonIndex index = PersonIndex.of(population.people().stream()
                .map(p -> new PersonMatcher.Candidate(p.personId(), p.asIndexed()))
                .toList());
        double indexSeconds = seconds(begin);
        long heapAfterIndex = heapAfterGc();

        int count = records.size();
        PersonMatcher.Match[] matches = new PersonMatcher.Match[count];
        long[] nanos = new long[count];
        int[] candidates = new int[count];
        PersonMatcher matcher = new PersonMatcher(new MatchDecision(settings.link(), settings.review()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        long started;
        long finished;
        ProgressBarBuilder progress = new ProgressBarBuilder()
                .setTaskName("match")
                .setInitialMax(count)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" records", 1);
        if (!showProgress) {
            progress.setConsumer(new DelegatingProgressBarConsumer(line -> {}));
        }
        try (ProgressBar bar = progress.build()) {
            List<Future<?>> running = new ArrayList<>();
            started = System.nanoTime();
            for (int t = 0; t < settings.threads(); t++) {
                running.add(pool.submit(() -> {
                    int done = 0;
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        List<PersonMatcher.Candidate> found =
                                index.candidates(records.get(i).record());
                        matches[i] = matcher.match(records.get(i).record(), found);
                        nanos[i] = System.nanoTime() - start;
                        candidates[i] = found.size();
                        if (++done % 500 == 0) {
                            bar.stepBy(500); // not per record: the bar's lock is not what is measured
                        }
                    }
                    bar.stepBy(done % 500);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            finished = System.nanoTime();
        } finally {
            pool.shutdown();
        }
        double matchingSeconds = (finished - started) / 1e9;

        Scorecard scorecard = new Scorecard(index, population);
        for (int i = 0; i < count; i++) {
            scorecard.add(records.get(i), matches[i]);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Timing timing = new Timing(
                populationSeconds,
                recordsSeconds,
                indexSeconds,
                heapAfterPopulation,
                heapAfterIndex,
                matchingSeconds,
                count / matchingSeconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6,
                Arrays.stream(candidates).average().orElse(0),
                Arrays.stream(candidates)
                                .filter(c -> c >= BlockingKeys.MAX_CANDIDATES)
                                .count()
                        / (double) Math.max(1, count),
                Arrays.stream(candidates).filter(c -> c == 0).count());
        List<Scorecard.Sweep> sweep = new ArrayList<>();
        for (double review : SWEEP_REVIEWS) {
            for (double link : SWEEP_LINKS) {
                if (review <= link) {
                    sweep.add(scorecard.at(link, review));
                }
            }
        }
        Scorecard.Accuracy accuracy = scorecard.accuracy();
        boolean met = accuracy.precision() >= PRECISION_TARGET
                && accuracy.recall() >= RECALL_TARGET
                && timing.matchesPerSecond() >= RATE_TARGET;
        return new Result(
                machine(),
                settings,
                facts(population),
                timing,
                accuracy,
                scorecard.byDistortion(),
                scorecard.newPeople(),
                scorecard.missedBecause(),
                scorecard.wronglyLinkedBecause(),
                scorecard.wrongLinksTo(),
                scorecard.errorCombinations(12),
                scorecard.twins(),
                sweep,
                met);
    }

    private static PopulationFacts facts(SyntheticPopulation population) {
        long children = population.people().stream()
                .filter(p -> !p.birthDate().isBefore(SyntheticPopulation.CHILDREN_FROM))
                .count();
        long commonest = population.people().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        p -> p.family().toLowerCase(Locale.ROOT), java.util.stream.Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        long nhsKnown = population.people().stream()
                .filter(p -> p.known().containsKey(NhsNumber.SYSTEM))
                .count();
        long anyKnown =
                population.people().stream().filter(p -> !p.known().isEmpty()).count();
        double size = Math.max(1, population.size());
        return new PopulationFacts(
                population.size(),
                population.households(),
                children / size,
                commonest / size,
                nhsKnown / size,
                anyKnown / size);
    }

    private static Machine machine() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                LocalDate.now().toString());
    }

    /** Heap in use once the collector has cleared what is no longer reachable. */
    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }
}
