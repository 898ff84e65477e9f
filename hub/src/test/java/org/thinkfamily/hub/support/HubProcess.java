package org.thinkfamily.hub.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hub as a separate operating-system process, started from the test class path, so that a test
 * can kill it with SIGKILL (kill -9) and start it again on the same database; several of them, as the
 * nodes of one deployment, with {@link #start(Node, List)}.
 */
public final class HubProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final Node node;

    private HubProcess(Process process, Path log, int port, Node node) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.node = node;
    }

    /**
     * One node of several on one database: its own name in the token claims
     * ({@code thinkfamily.event-store.node-id}), its own HTTP port, and listeners that cannot collide with
     * another node's on the same machine: an HL7 (MLLP) port and a file-drop inbox of its own. Its working
     * directory is {@code dir}, so a node started again with the same settings finds its inbox as it left it.
     */
    public record Node(String id, int port, int hl7Port, Path dir) {

        /** A node named {@code id} on free ports, working in {@code workDir/id}. */
        public static Node of(String id, Path workDir) throws IOException {
            return new Node(id, freePort(), freePort(), Files.createDirectories(workDir.resolve(id)));
        }

        public Path inbox() {
            return dir.resolve("inbox");
        }

        List<String> args() {
            return List.of(
                    "--thinkfamily.event-store.node-id=" + id,
                    "--thinkfamily.connectors.hl7.port=" + hl7Port,
                    "--thinkfamily.connectors.inbox=" + inbox());
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the hub on the given port with extra Spring arguments and waits until it is healthy. */
    public static HubProcess start(int port, Path workDir, List<String> springArgs)
            throws IOException, InterruptedException {
        return launch(port, workDir, null, springArgs);
    }

    /** Starts one node of several (see {@link Node}) with extra Spring arguments and waits until it is healthy. */
    /** The settings of a hub on a PostgreSQL test database (production profile, demo accounts), then {@code more}. */
    public static List<String> onPostgres(String url, String... more) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD));
        settings.addAll(List.of(more));
        return settings;
    }

    public static HubProcess start(Node node, List<String> springArgs) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(node.args());
        args.addAll(springArgs);
        return launch(node.port(), node.dir(), node, args);
    }

    private static HubProcess launch(int port, Path workDir, Node node, List<String> springArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                classPath(),
                "org.thinkfamily.hub.HubApplication",
                "--server.port=" + port));
        command.addAll(springArgs);
        Path log = Files.createTempFile(workDir, node == null ? "hub-" : "hub-" + node.id() + "-", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HubProcess hub = new HubProcess(process, log, port, node);
        hub.awaitHealthy(Duration.ofSeconds(180));
        return hub;
    }

    public int port() {
        return port;
    }

    /** The node this process is, or null for a hub started on its own. */
    public Node node() {
        return node;
    }

    /** This process's log (standard output and error). */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** How many lines of this process's log contain the text. */
    public long logLinesContaining(String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, no goodbye. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill9();
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HubClient client = new HubClient(port);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hub exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (client.get(null, "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("hub not healthy within " + timeout + ":\n" + logTail());
    }

    /** Surefire runs tests from a manifest-only jar; the real class path is in its own property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
