package io.qike.crm.archive.keys;

import java.time.Instant;
import java.util.List;

/**
 * The archive settings as the administrator sees them: the secrets only as masked hints (•••• and the last four),
 * the trusted IPs, this server's outbound address as a suggestion, and whether the production source's native SDK is
 * configured and present.
 */
public record ArchiveSettingsView(String secretHint, String appSecretHint, List<String> trustedIps, String suggestedTrustedIp,
                                  Instant updatedAt, boolean nativeSource, boolean nativeSdkAvailable, String nativeSdkPath) {
}
