package io.qike.crm.intel.partnership;

import io.qike.crm.intel.clients.ClientMatches;
import java.util.List;

/**
 * A run's companies as its results show them: which are already our customers (linked when the user may see
 * them), and which companies of a finished run no relation names.
 */
public record RunCompanies(ClientMatches.Lookup ours, List<String> notFound) {
    /** The customer this company already is, or null. */
    public ClientMatches.Match customer(String name) {
        return name == null ? null : ours.of(name, null);
    }
}
