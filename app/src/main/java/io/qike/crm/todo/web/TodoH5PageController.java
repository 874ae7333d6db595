package io.qike.crm.todo.web;

import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.validation.Text;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.todo.Todo;
import io.qike.crm.todo.TodoService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 待办事项 on the H5 pages: the member's open to-dos (overdue, today, upcoming) and recently done ones, ticked done with
 * htmx, and 新建待办: a form of its own (from the list, or from a record's H5 page with the record set), saved through
 * the same {@link TodoService#create} as the web's; a refused one comes back with each problem under its field.
 */
@Controller
class TodoH5PageController {
    private final TodoService todos;
    private final FormErrors formErrors;

    TodoH5PageController(TodoService todos, FormErrors formErrors) {
        this.todos = todos;
        this.formErrors = formErrors;
    }

    @GetMapping("/h5/todos")
    String list(Model model) {
        Map<String, List<Todo>> groups = new LinkedHashMap<>();
        for (String view : TodoService.VIEWS) groups.put(view, todos.list(view, true, view.equals("DONE") ? 20 : 100));
        Map<Long, String> h5Paths = new LinkedHashMap<>();
        List<Todo> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        all.forEach(t -> { String p = todos.h5Path(t); if (p != null) h5Paths.put(t.id(), p); });
        model.addAttribute("groups", groups);
        model.addAttribute("h5Paths", h5Paths);
        return "h5/todos";
    }

    @PostMapping("/h5/todos/{id}/done")
    String done(@PathVariable long id, @RequestParam boolean done, Model model) {
        Todo t = todos.done(id, done);
        model.addAttribute("t", t);
        String p = todos.h5Path(t);
        model.addAttribute("h5Paths", p == null ? Map.of() : Map.of(t.id(), p));
        return "h5/todos :: item";
    }

    /** 新建待办; with {@code subjectType} and {@code subjectId} on that record, which must be one the member sees (else 404). */
    @GetMapping("/h5/todos/new")
    String newForm(@RequestParam(required = false) String subjectType, @RequestParam(required = false) Long subjectId, Model model) {
        return form(new TodoForm(Text.isBlank(subjectType) ? null : subjectType, subjectId), Map.of(), model);
    }

    @PostMapping("/h5/todos")
    String create(@ModelAttribute TodoForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (Text.isBlank(form.getSubjectType())) form.setSubjectType(null);
        long id;
        try {
            id = todos.create(form.toDraft());
        } catch (InvalidInputException e) {
            // A record the member does not see (subjectId not_found) is not there for them: form() answers 404.
            return form(form, formErrors.of(request, e), model);
        }
        flash.addFlashAttribute("flash", "todo.h5.created");
        return "redirect:/h5/todos#todo-" + id;
    }

    private String form(TodoForm form, Map<String, String> errors, Model model) {
        String label = subject(form);
        if (label != null) form.setSubjectType(form.getSubjectType().trim().toUpperCase(Locale.ROOT));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("assignees", todos.assignees());
        model.addAttribute("subjectLabel", label);
        String back = label == null ? null : todos.h5Path(form.getSubjectType(), form.getSubjectId());
        model.addAttribute("back", back == null ? "/h5/todos" : back);
        return "h5/todo-new";
    }

    /** The name of the form's record (null for a to-do on nothing); 404 when it is not one the member sees. */
    private String subject(TodoForm form) {
        if (form.getSubjectType() == null && form.getSubjectId() == null) return null;
        if (form.getSubjectType() == null || form.getSubjectId() == null) throw new NotFoundException("subject", form.getSubjectType());
        return todos.subject(form.getSubjectType(), form.getSubjectId());
    }
}
