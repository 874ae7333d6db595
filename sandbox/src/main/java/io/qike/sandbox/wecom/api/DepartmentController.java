package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Department;
import io.qike.sandbox.wecom.directory.Directory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** department/list, department/simplelist and department/get, limited to what the caller's app can see. */
@RestController("wecomDepartmentController")
@RequestMapping("/sandbox/wecom/cgi-bin/department")
public class DepartmentController {
    private final ApiGuard guard;
    private final WeComState state;
    private final DirectoryAccess access;

    public DepartmentController(ApiGuard guard, WeComState state, DirectoryAccess access) {
        this.guard = guard;
        this.state = state;
        this.access = access;
    }

    @GetMapping("/list")
    public Map<String, Object> list(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        Map<String, Object> body = WxErrors.ok();
        body.put("department", departments(caller, request.getParameter("id")).stream().map(MemberJson::department).toList());
        return body;
    }

    @GetMapping("/simplelist")
    public Map<String, Object> simpleList(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Department d : departments(caller, request.getParameter("id"))) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", d.id());
            j.put("parentid", d.parentId());
            j.put("order", d.order());
            out.add(j);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("department_id", out);
        return body;
    }

    @GetMapping("/get")
    public Map<String, Object> get(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.DIRECTORY);
        Department d = access.visibleDepartment(caller, request.getParameter("id"));
        Map<String, Object> body = WxErrors.ok();
        body.put("department", MemberJson.department(d));
        return body;
    }

    /** The department named by id and everything below it, or the whole visible tree when id is absent. */
    private List<Department> departments(Caller caller, String id) {
        Directory dir = state.world().directory();
        Set<Long> visible = state.visibleDepartmentIds(caller.app());
        Set<Long> wanted = id == null || id.isEmpty() ? visible : dir.subtree(access.visibleDepartment(caller, id).id());
        return dir.departments().stream().filter(d -> wanted.contains(d.id()) && visible.contains(d.id())).toList();
    }
}
