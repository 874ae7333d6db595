package io.qike.crm.intel.lists;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RecordOwners;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved company lists (名单). A list is its creator's: others see it, read it and delete it only with
 * {@code intel:lists-others}; to anyone else it does not exist (404). Adding to a list by name adds to one's own
 * list of that name, keeping one entry per company name (the first details win); a new name makes a new list.
 */
@Service
@RequiresPermission(Permission.CUSTOMER_VIEW)
public class CompanyLists {
    static final int MAX_ITEMS = 2000;
    private final CompanyListRepository repository;
    private final RecordOwners owners;
    private final AuditLog audit;

    CompanyLists(CompanyListRepository repository, RecordOwners owners, AuditLog audit) {
        this.repository = repository;
        this.owners = owners;
        this.audit = audit;
    }

    public List<CompanyList> all() {
        List<CompanyListRepository.Header> headers = repository.all().stream().filter(h -> mayRead(h.createdBy())).toList();
        Map<Long, String> names = owners.names(headers.stream().map(CompanyListRepository.Header::createdBy).distinct().toList());
        return headers.stream().map(h -> list(h, List.of(), names)).toList();
    }

    public CompanyList get(long id) {
        return repository.find(id).filter(h -> mayRead(h.createdBy())).map(h -> list(h, repository.items(id), owners.names(List.of(h.createdBy()))))
                .orElseThrow(() -> new NotFoundException("company_list", id));
    }

    /** Adds the companies to the list of that name (made when missing); returns the list's id. */
    @Transactional
    public long addTo(String listName, List<CompanyList.Item> items) {
        String name = listName == null ? "" : listName.strip();
        if (name.isEmpty()) throw new InvalidInputException(FieldProblem.of("listName", "required"));
        if (name.length() > 100) throw new InvalidInputException(FieldProblem.of("listName", "too_long", 100));
        Map<String, CompanyList.Item> unique = new LinkedHashMap<>();
        for (CompanyList.Item i : items) if (i.name() != null && !i.name().isBlank()) unique.putIfAbsent(i.name().strip(), i);
        if (unique.isEmpty()) throw new InvalidInputException(FieldProblem.of("companies", "required"));
        long id = repository.idByName(name, CurrentUser.require().userId()).orElseGet(() -> create(name));
        int next = repository.lastPosition(id);
        int count = repository.size(id);
        if (count + unique.size() > MAX_ITEMS) throw new InvalidInputException(FieldProblem.of("companies", "too_many", MAX_ITEMS));
        for (Map.Entry<String, CompanyList.Item> e : unique.entrySet()) {
            next += repository.insertItem(id, next + 1, e.getKey(), e.getValue());
        }
        return id;
    }

    /** Deletes a list: its creator may, and whoever may manage other users' lists (others get 404 from {@link #get}). */
    @Transactional
    public void delete(long id) {
        CompanyList l = get(id);
        QikeUser me = CurrentUser.require();
        long owner = repository.createdBy(id);
        if (owner != me.userId() && !me.can(Permission.INTEL_LISTS_OTHERS)) throw new AccessDeniedException("not the list's creator");
        repository.delete(id);
        audit.record("DELETE", "COMPANY_LIST", id, l.name());
    }

    /** Its creator, and whoever may see other users' lists. */
    private static boolean mayRead(long createdBy) {
        QikeUser me = CurrentUser.require();
        return createdBy == me.userId() || me.can(Permission.INTEL_LISTS_OTHERS);
    }

    private long create(String name) {
        long id = repository.insert(name, CurrentUser.require().userId());
        audit.record("CREATE", "COMPANY_LIST", id, name);
        return id;
    }

    /** The list with its creator's name, from the names of the lists' creators. */
    private static CompanyList list(CompanyListRepository.Header h, List<CompanyList.Item> items, Map<Long, String> names) {
        return new CompanyList(h.id(), h.name(), h.size(), names.get(h.createdBy()), h.createdAt(), items);
    }
}
