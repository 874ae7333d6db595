package io.qike.crm.todo.web;

import io.qike.crm.todo.Todo;
import io.qike.crm.todo.TodoService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 待办事项 on the H5 pages: the member's open to-dos (overdue, today, upcoming) and recently done ones, ticked done with htmx. */
@Controller
class TodoH5PageController {
    private final TodoService todos;

    TodoH5PageController(TodoService todos) {
        this.todos = todos;
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
}
