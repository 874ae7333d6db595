package io.qike.crm.intel.clients;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns listed companies into customers, one click or in bulk. Each company commits on its own, so one refused
 * company (say, a duplicate credit code) does not undo the others; companies that already are customers (by
 * name or KeyNo) are skipped.
 */
@Service
public class ClientConversions {
    /** A company to convert: its name and, when 企查查 gave one, its KeyNo. */
    public record Company(String name, String keyNo) {
    }

    static final int MAX = 500;
    private final ConversionMethod creation;
    private final ClientMatches ours;
    private final TransactionTemplate tx;

    ClientConversions(ConversionMethod creation, ClientMatches ours, TransactionTemplate tx) {
        this.creation = creation;
        this.ours = ours;
        this.tx = tx;
    }

    @RequiresPermission(Permission.CUSTOMER_CREATE)
    public Conversion convert(List<Company> companies) {
        Map<String, Company> unique = new LinkedHashMap<>();
        for (Company c : companies == null ? List.<Company>of() : companies) {
            if (c != null && c.name() != null && !c.name().isBlank()) unique.putIfAbsent(c.name().strip(), c);
        }
        if (unique.isEmpty()) throw new InvalidInputException(FieldProblem.of("companies", "required"));
        if (unique.size() > MAX) throw new InvalidInputException(FieldProblem.of("companies", "too_many", MAX));
        ClientMatches.Lookup lookup = ours.lookup(unique.keySet(), unique.values().stream().map(Company::keyNo).toList());
        List<Conversion.Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Company> e : unique.entrySet()) {
            String name = e.getKey(), keyNo = Text.trimToNull(e.getValue().keyNo());
            ClientMatches.Match match = lookup.of(name, keyNo);
            if (match != null) {
                outcomes.add(new Conversion.Outcome(name, keyNo, Conversion.Result.EXISTING, match.customerId(), null));
                continue;
            }
            try {
                ConversionMethod.Prepared prepared = creation.prepare(name, keyNo); // before the transaction: may call a provider
                Long id = tx.execute(s -> {
                    long created = creation.create(prepared);
                    ours.remember(keyNo, created);
                    return created;
                });
                outcomes.add(new Conversion.Outcome(name, keyNo, Conversion.Result.CREATED, id, null));
            } catch (ConflictException ex) {
                outcomes.add(new Conversion.Outcome(name, keyNo, Conversion.Result.FAILED, null, ex.code()));
            } catch (InvalidInputException ex) {
                outcomes.add(new Conversion.Outcome(name, keyNo, Conversion.Result.FAILED, null, ex.problems().get(0).code()));
            }
        }
        return new Conversion(outcomes);
    }
}
