package org.thinkfamily.connectors.nhs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * camel-mllp logs the bytes it received when framing goes wrong (no start block, no end block, bytes around the
 * frame, a half-sent message), at WARN, whatever its {@code logPhi} says: NHS numbers, names, birth dates and
 * addresses. This filter stops every camel-mllp log line that carries text or bytes and writes it again under
 * this class's name with those withheld: the message, the byte counts, the socket and the connection remain.
 */
final class MllpLogGuard extends TurboFilter {

    static final String CAMEL_MLLP = "org.apache.camel.component.mllp";
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(MllpLogGuard.class);
    /** camel-mllp's own words passed as text (closing a socket, and why): shown, as they hold no input. */
    private static final Pattern OWN_WORDS =
            Pattern.compile("Resetting|Closing|Connection idle time \\d+ exceeded idleTimeout \\d+"
                    + "|processMessage\\(byte\\[\\], TcpSocketConsumerRunnable\\) - Unexpected exception [a-z ]+");

    private MllpLogGuard() {}

    /** Puts the guard in front of Logback, once; false when the logging is not Logback's. */
    static boolean install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            log.warn("hl7 mllp: logging is not Logback: camel-mllp may log the messages it could not frame");
            return false;
        }
        synchronized (MllpLogGuard.class) {
            if (context.getTurboFilterList().stream().noneMatch(MllpLogGuard.class::isInstance)) {
                MllpLogGuard guard = new MllpLogGuard();
                guard.setName("hl7-mllp-log-guard");
                guard.setContext(context);
                guard.start();
                context.addTurboFilter(guard);
            }
        }
        return true;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null
                || !logger.getName().startsWith(CAMEL_MLLP)
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())
                || !carriesInput(params)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t == null && params[params.length - 1] instanceof Throwable last ? last : t;
        String line = "camel-mllp, input withheld: " + withheld(format, params) + connection();
        switch (level.levelInt) {
            case Level.ERROR_INT -> log.error(line, thrown);
            case Level.WARN_INT -> log.warn(line, thrown);
            case Level.INFO_INT -> log.info(line, thrown);
            default -> log.debug(line, thrown);
        }
        return FilterReply.DENY;
    }

    private static boolean carriesInput(Object[] params) {
        if (params != null) {
            for (Object param : params) {
                if ((param instanceof CharSequence text
                                && !OWN_WORDS.matcher(text).matches())
                        || param instanceof byte[]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The format with its arguments: numbers, sockets and addresses as they are, text and bytes by their size. */
    static String withheld(String format, Object[] params) {
        StringBuilder line = new StringBuilder();
        int from = 0;
        int next = 0;
        for (int at = format.indexOf("{}"); at >= 0 && next < params.length; at = format.indexOf("{}", from)) {
            line.append(format, from, at).append(shown(params[next++]));
            from = at + 2;
        }
        return line.append(format.substring(from)).toString();
    }

    private static String shown(Object param) {
        if (param == null
                || param instanceof Number
                || param instanceof Boolean
                || param instanceof Socket
                || param instanceof SocketAddress) {
            return String.valueOf(param);
        }
        if (param instanceof CharSequence text) {
            return OWN_WORDS.matcher(text).matches() ? text.toString() : "[" + text.length() + " characters withheld]";
        }
        if (param instanceof byte[] bytes) {
            return "[" + bytes.length + " bytes withheld]";
        }
        return "[" + param.getClass().getSimpleName() + "]";
    }

    /** camel-mllp names its connection threads "... - /remote:port => /local:port". */
    private static String connection() {
        String thread = Thread.currentThread().getName();
        int dash = thread.lastIndexOf(" - ");
        return thread.contains(" => ") && dash >= 0 ? " (connection " + thread.substring(dash + 3) + ")" : "";
    }
}
