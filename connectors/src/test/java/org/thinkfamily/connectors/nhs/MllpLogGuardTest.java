package org.thinkfamily.connectors.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** camel-mllp's log lines, written again without what was received. */
class MllpLogGuardTest {

    @Test
    void text_and_bytes_are_withheld_by_size_and_numbers_and_addresses_kept() {
        assertThat(MllpLogGuard.withheld(
                        "Ignoring {} byte un-enveloped payload {}",
                        new Object[] {212, "MSH|^~\\&|PAS|RAE\rPID|1||9434765870^^^NHS^NH||SMITH^JANE||20150304"}))
                .isEqualTo("Ignoring 212 byte un-enveloped payload [65 characters withheld]");
        assertThat(MllpLogGuard.withheld(
                        "from {}: {}", new Object[] {new InetSocketAddress("127.0.0.1", 2575), new byte[] {1, 2, 3}}))
                .isEqualTo("from /127.0.0.1:2575: [3 bytes withheld]");
    }

    @Test
    void camel_mllps_own_words_about_closing_a_socket_are_kept() {
        assertThat(MllpLogGuard.withheld(
                        "{} - {} socket {}",
                        new Object[] {"Connection idle time 3001 exceeded idleTimeout 3000", "Resetting", null}))
                .isEqualTo("Connection idle time 3001 exceeded idleTimeout 3000 - Resetting socket null");
        assertThat(MllpLogGuard.withheld("{} - {} socket {}", new Object[] {"Closing SMITH", "Closing", null}))
                .isEqualTo("[13 characters withheld] - Closing socket null");
    }
}
