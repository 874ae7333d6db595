package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.integration.http.HostNotAllowedException;
import io.qike.crm.integration.http.SsrfGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address rules on their own, with allow-lists made for the test (no Spring, no network). */
class SsrfGuardTest {
    private final SsrfGuard strict = new SsrfGuard(List.of());

    @Test
    void refusesEveryNonPublicAddressWhenNothingIsAllowListed() {
        for (String host : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "[::1]", "::", "fe80::1", "fd00:ec2::254", "fc00::5",
                "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "ff02::1",
                "2130706433", "127.1", "localhost", "LOCALHOST")) {
            assertThatThrownBy(() -> strict.resolve(host, 80)).as(host).isInstanceOf(HostNotAllowedException.class);
        }
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(strict.resolve("93.184.216.34", 443)).hasSize(1);
        assertThat(strict.resolve("2606:4700:4700::1111", 443)).hasSize(1);
    }

    @Test
    void aNameEntryAllowsThatNameAsWrittenOnlyAndRangesAndPortsAreHonoured() throws Exception {
        SsrfGuard guard = new SsrfGuard(List.of("localhost", "10.1.0.0/16", "192.168.1.5:8443"));
        assertThat(guard.resolve("localhost", 8080)).isNotEmpty();
        assertThat(guard.resolve("10.1.2.3", 80)).hasSize(1);
        assertThat(guard.resolve("192.168.1.5", 8443)).hasSize(1);
        // Other spellings of loopback are not the allow-listed name.
        for (String host : List.of("127.0.0.1", "127.1", "2130706433", "[::1]")) {
            assertThatThrownBy(() -> guard.resolve(host, 8080)).as(host).isInstanceOf(HostNotAllowedException.class);
        }
        assertThatThrownBy(() -> guard.resolve("10.2.0.1", 80)).isInstanceOf(HostNotAllowedException.class);
        assertThatThrownBy(() -> guard.resolve("192.168.1.5", 80)).isInstanceOf(HostNotAllowedException.class);
        assertThatThrownBy(() -> guard.resolve("169.254.169.254", 80)).isInstanceOf(HostNotAllowedException.class);
    }
}
