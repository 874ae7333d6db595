package io.qike.crm.todo.web;

import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.todo.Todo;
import io.qike.crm.todo.TodoDraft;
import io.qike.crm.todo.TodoService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 待办: the page (today, overdue, upcoming, done; mine or my team), the create form (on the page and in a record's
 * to-do section), the edit page a reminder links to, the done toggle (htmx), the lazy section other pages include
 * ({@code /todos/for/CUSTOMER/{id}}) and the home page's 我的今日待办.
 */
@Controller
class TodoPageController {
    private final TodoService todos;
    private final FormErrors formErrors;

    TodoPageController(TodoService todos, FormErrors formErrors) {
        this.todos = todos;
        this.formErrors = formErrors;
    }

    @GetMapping("/todos")
    String list(@RequestParam(defaultValue = "TODAY") String view, @RequestParam(defaultValue = "mine") String who,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        boolean mine = !"team".equals(who);
        model.addAttribute("items", todos.list(view, mine, 200));
        model.addAttribute("view", view.toUpperCase(java.util.Locale.ROOT));
        model.addAttribute("who", mine ? "mine" : "team");
        model.addAttribute("views", TodoService.VIEWS);
        return htmx != null ? "todos/list :: results" : "todos/list";
    }

    /** The create form, for the page or for a record's section (then on that record). */
    @GetMapping("/todos/new")
    String newForm(@RequestParam(required = false) String subjectType, @RequestParam(required = false) Long subjectId, Model model) {
        String type = subjectType == null || subjectType.isBlank() ? null : subjectType.trim().toUpperCase(java.util.Locale.ROOT);
        // A record the user may not see (or of no kind to-dos are on) is not there for them, as on the phone.
        if (type != null || subjectId != null) todos.subject(type, subjectId == null ? -1 : subjectId);
        return form(model, new TodoForm(type, subjectId), Map.of(), "page");
    }

    @PostMapping("/todos")
    String create(@ModelAttribute TodoForm form, @RequestParam(defaultValue = "page") String from, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        try {
            todos.create(form.toDraft());
        } catch (InvalidInputException e) {
            if ("section".equals(from)) {
                model.addAttribute("form", form);
                model.addAttribute("errors", formErrors.listed(request, e));
                return section(form.getSubjectType(), form.getSubjectId(), model);
            }
            return form(model, form, formErrors.listed(request, e), from);
        }
        if ("section".equals(from)) return section(form.getSubjectType(), form.getSubjectId(), model);
        response.setHeader("HX-Redirect", "/todos");
        return "todos/list :: empty";
    }

    /** A to-do's own page (where a reminder leads): what it is, done or not, and its edit form. */
    @GetMapping("/todos/{id}")
    String edit(@PathVariable long id, Model model) {
        Todo t = todos.get(id);
        TodoForm form = TodoForm.of(todos.draftOf(t));
        return editPage(model, t, form, Map.of());
    }

    @PostMapping("/todos/{id}")
    String update(@PathVariable long id, @ModelAttribute TodoForm form, HttpServletRequest request, Model model) {
        try {
            todos.update(id, form.toDraft());
            return "redirect:/todos/" + id + "?saved";
        } catch (InvalidInputException e) {
            return editPage(model, todos.get(id), form, formErrors.listed(request, e));
        }
    }

    /** 完成 / 重新打开, from any list: answers the to-do's row as it is now. */
    @PostMapping("/todos/{id}/done")
    String done(@PathVariable long id, @RequestParam boolean done, Model model) {
        model.addAttribute("t", todos.done(id, done));
        return "todos/list :: item";
    }

    @PostMapping("/todos/{id}/delete")
    String delete(@PathVariable long id) {
        todos.delete(id);
        return "redirect:/todos";
    }

    /** The to-do section of a record's page (loaded lazily: hx-get="/todos/for/CUSTOMER/{id}" hx-trigger="load"). */
    @GetMapping("/todos/for/{type}/{id}")
    String forSubject(@PathVariable String type, @PathVariable long id, @RequestParam(defaultValue = "false") boolean compose, Model model) {
        if (compose) model.addAttribute("form", new TodoForm(type, id));
        return section(type, id, model);
    }

    /** 我的今日待办 on the home page: today's and overdue open to-dos of the signed-in user. */
    @GetMapping("/todos/home")
    String home(Model model) {
        List<Todo> overdue = todos.list("OVERDUE", true, 20);
        List<Todo> today = todos.list("TODAY", true, 50);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", today);
        return "todos/list :: home";
    }

    /** The menu's badge: how many of one's own open to-dos are due today (nothing when none). */
    @GetMapping("/todos/count")
    String count(Model model) {
        model.addAttribute("count", todos.todayCount());
        return "todos/list :: count";
    }

    private String section(String type, Long id, Model model) {
        if (id == null) throw new io.qike.crm.platform.NotFoundException("subject", type);
        model.addAttribute("items", todos.forSubject(type, id));
        model.addAttribute("subjectType", type);
        model.addAttribute("subjectId", id);
        if (model.containsAttribute("form")) model.addAttribute("assignees", todos.assignees());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "todos/list :: section";
    }

    private String form(Model model, TodoForm form, Map<String, String> errors, String from) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("from", from);
        model.addAttribute("assignees", todos.assignees());
        model.addAttribute("subjectLabel", form.getSubjectType() == null || form.getSubjectId() == null ? null
                : todos.subjectLabel(form.getSubjectType(), form.getSubjectId()).orElse(null));
        return "todos/list :: form";
    }

    private String editPage(Model model, Todo t, TodoForm form, Map<String, String> errors) {
        model.addAttribute("t", t);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("assignees", todos.assignees());
        return "todos/edit";
    }
}
